package dev.gradlab.server.jobs;

import java.net.InetAddress;
import java.security.SecureRandom;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who claimed a job: {@code host/pid/random}, one per job runner. From it a runner can tell that a
 * job was left by a process of this host that no longer runs (its process id is gone, or it is
 * this very process id but not a runner alive in this JVM: a restart inside a container keeps
 * both host name and process id). Hosts sharing a database must have distinct host names.
 */
final class WorkerId {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<String> ALIVE = ConcurrentHashMap.newKeySet();
    private static final String HOST = host();
    private static final long PID = ProcessHandle.current().pid();

    private final String value;

    private WorkerId(String value) {
        this.value = value;
    }

    /** A new id, alive until {@link #retire()}. */
    static WorkerId next() {
        WorkerId w = new WorkerId(HOST + "/" + PID + "/" + Long.toHexString(RANDOM.nextLong() >>> 16));
        ALIVE.add(w.value);
        return w;
    }

    void retire() {
        ALIVE.remove(value);
    }

    @Override
    public String toString() {
        return value;
    }

    /** A runner of an earlier life of this process (same host, same process id, not alive now). */
    static boolean isPreviousLife(String workerId) {
        long pid = pidOnThisHost(workerId);
        return pid == PID && !ALIVE.contains(workerId);
    }

    /** A runner of another process on this host that has ended. */
    static boolean isDeadHere(String workerId) {
        long pid = pidOnThisHost(workerId);
        return pid > 0 && pid != PID && !ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** The process id in {@code workerId} if it names this host; else -1. */
    private static long pidOnThisHost(String workerId) {
        if (workerId == null) {
            return -1;
        }
        int last = workerId.lastIndexOf('/');
        int mid = last > 0 ? workerId.lastIndexOf('/', last - 1) : -1;
        if (mid < 0 || !workerId.substring(0, mid).equals(HOST)) {
            return -1;
        }
        try {
            return Long.parseLong(workerId.substring(mid + 1, last));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String host() {
        String h;
        try {
            h = InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            h = System.getenv().getOrDefault("HOSTNAME", "localhost");
        }
        h = h.replace('/', '_');
        return h.length() > 150 ? h.substring(0, 150) : h;
    }
}
