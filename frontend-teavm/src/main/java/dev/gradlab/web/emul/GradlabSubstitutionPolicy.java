package dev.gradlab.web.emul;

import org.teavm.extension.spi.substitution.SimpleSubstitutionPolicy;
import org.teavm.extension.spi.substitution.SubstitutionSink;

/**
 * Tells TeaVM to compile {@link SingleThreadConcurrencyOps} in place of EJML's
 * {@code pabeles.concurrency.ConcurrencyOps}, whose ForkJoinPool the browser cannot run.
 *
 * <p>TeaVM finds this class through {@code java.util.ServiceLoader} on the compile class path:
 * {@code META-INF/services/org.teavm.extension.spi.substitution.SubstitutionPolicy} names it. The
 * rule maps {@code pabeles.concurrency.ConcurrencyOps} to
 * {@code dev.gradlab.web.emul.SingleThreadConcurrencyOps} (package replaced, simple name
 * prefixed), and TeaVM renames the substitute back to the original name, so EJML's
 * {@code EjmlConcurrency extends ConcurrencyOps} and every call through it bind to ours. This class
 * runs inside the compiler only; it is never part of the compiled app.
 */
public final class GradlabSubstitutionPolicy extends SimpleSubstitutionPolicy {
    @Override
    public void contribute(SubstitutionSink sink) {
        sink.selectClasses(named("pabeles.concurrency.ConcurrencyOps"))
                .replacePackage("pabeles.concurrency", "dev.gradlab.web.emul")
                .simpleNamePrefix("SingleThread");
    }
}
