package dev.gradlab.core.lang;

/**
 * The language reference shown in the app (Markdown with LaTeX), generated from the builtin
 * table so it can never list a function that does not exist.
 */
public final class Help {
    private Help() {
    }

    /** The whole reference as Markdown. */
    public static String markdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("# The GradLab language\n\n")
                .append("Python as ML students write it, with numpy's rules for arrays.\n\n")
                .append("## Answers\n\n")
                .append("- `^` and `**` are both powers; `@` is the matrix product; `*` multiplies elementwise ")
                .append("with numpy broadcasting.\n")
                .append("- `A.T` or `A'` is the transpose; `[1, 2]` is a vector, `[[1, 2], [3, 4]]` a matrix.\n")
                .append("- `6x` means `6*x` and `2(x+1)` means `2*(x+1)`; `x y` is not a product — write `x*y`.\n")
                .append("- Greek letters are spelled out: `sigma`, `beta`, `lambda`, `eta`, `theta`, …\n")
                .append("- LaTeX works too: `\\frac{1}{2}`, `\\cdot`, `x^\\top A x`, `\\sqrt{x}`, `\\sin x`.\n")
                .append("- `softmax(M)` normalises each row; `sum`, `mean`, `max`, `min` without `axis` reduce ")
                .append("everything; `norm` of a matrix is the Frobenius norm.\n\n")
                .append("## Programs\n\n")
                .append("- Blocks by indentation: `if`/`elif`/`else`, `for i in range(n):`, `while`, ")
                .append("`def f(a, b=1):` … `return`, `break`, `continue`, `pass`.\n")
                .append("- `x += 1` and friends; `n, d = X.shape`; `W[0, :] = 0`; `x[1:3]`, `x[::-1]`, `A[:, 0]`.\n")
                .append("- Comparisons, `and`, `or`, `not`, `True`, `False`, `None`, strings in quotes.\n")
                .append("- `print(…)` writes to the output; `plot(x, y, title=…, label=…)`, `scatter(x, y)` and ")
                .append("`heatmap(M)` draw under the output when you press Run. A `plot` or `scatter` without a ")
                .append("`title` joins the figure above it, so `plot(train)` then `plot(test, label='test')` share axes.\n")
                .append("- `np.` and `torch.` prefixes are accepted and ignored: `np.exp(x)` is `exp(x)`; ")
                .append("methods work too: `w.sign()`, `r.mean()`.\n")
                .append("- Programs run under limits (steps, memory, time, call depth, output, 50 plots); going over one stops ")
                .append("the program with a message naming it. There is no file, network or system access.\n\n")
                .append("## Functions\n\n");
        for (String name : Builtins.names()) {
            if (name.equals("jmul")) {
                continue;
            }
            sb.append("- `").append(Builtins.get(name).usage).append("`\n");
        }
        sb.append("\nConstants: `pi`, `inf`, `nan`.\n");
        return sb.toString();
    }
}
