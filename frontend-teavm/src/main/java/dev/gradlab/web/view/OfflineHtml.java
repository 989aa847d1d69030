package dev.gradlab.web.view;

/**
 * What the page says while the server cannot be reached: the banner, the verdict of a part whose
 * check waits to be sent, and the summary line of such a check. Program parts are run against
 * their public tests in the browser ({@link ProgramRun}); nothing is graded offline, because the
 * references are only on the server.
 */
public final class OfflineHtml {
    private OfflineHtml() {
    }

    /** The banner's text; {@code pending} is the number of checks waiting to be sent. */
    public static String banner(int pending) {
        StringBuilder sb = new StringBuilder("Offline \u2014 the server cannot be reached. You can keep working:"
                + " previews, program runs and the steppers work in your browser, and checks are saved on this device");
        if (pending > 0) {
            sb.append(" (").append(pending).append(pending == 1 ? " check waits" : " checks wait").append(")");
        }
        return sb.append(" until the server is back.").toString();
    }

    /** The list's badge of an exercise the service worker does not keep, shown while offline. */
    public static String notKeptBadge() {
        return "<span class=\"badge\" data-state=\"not-kept\" title=\"Open an exercise while online to keep it"
                + " on this device\">Not saved on this device</span>";
    }

    /** The exercise page's message when an exercise could not be loaded because the server cannot be reached. */
    public static String notKeptMessage() {
        return "The server cannot be reached (are you offline?), and this exercise is not saved on this device:"
                + " an exercise is kept for offline use once you have opened it while online. While offline, the"
                + " exercise list marks the ones that are not saved.";
    }

    /** The line shown once the queued checks have been sent. */
    public static String synced(int sent) {
        return sent == 1 ? "Back online: 1 saved check was sent and graded."
                : "Back online: " + sent + " saved checks were sent and graded.";
    }

    /**
     * The verdict box of a part whose check is queued. For a program part {@code ranTests} is the
     * number of public tests just run in the browser (their values are in the part's run output),
     * or -1 when the program itself failed; other parts pass -1 and get the plain notice.
     */
    public static String queuedVerdict(ExerciseDoc.Part part, int ranTests, boolean programFailed) {
        StringBuilder sb = new StringBuilder("<div class=\"verdict-box\" data-status=\"queued\"><p class=\"verdict-line\">"
                + "<span class=\"verdict-symbol\" aria-hidden=\"true\">\u2026</span> <strong class=\"verdict-status\">"
                + "Will be checked when online</strong></p>");
        if (part.kind.equals("program")) {
            sb.append("<p class=\"feedback\">");
            if (programFailed) {
                sb.append("Your program stopped with an error in the browser (see above); fix it, or it will fail"
                        + " the server's tests too.");
            } else if (ranTests > 0) {
                sb.append("Ran the ").append(ranTests).append(ranTests == 1 ? " public test" : " public tests")
                        .append(" in your browser (the values are shown above). The server grades ")
                        .append(ranTests == 1 ? "it" : "them");
                if (part.hiddenTests > 0) {
                    sb.append(", and the hidden ones,");
                }
                sb.append(" when you are back online.");
            } else {
                sb.append("Your program ran in the browser; the server grades it when you are back online.");
            }
            sb.append("</p>");
        }
        return sb.append("</div>").toString();
    }

    /** The summary line of a check saved for later. */
    public static String queuedSummary(int pending) {
        return "Saved on this device \u2014 it will be checked when you are back online ("
                + pending + (pending == 1 ? " check waits" : " checks wait") + ").";
    }
}
