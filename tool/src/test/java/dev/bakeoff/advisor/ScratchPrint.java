package dev.bakeoff.advisor;

import org.junit.jupiter.api.Test;

class ScratchPrint {
    @Test
    void print() {
        String ex = System.getProperty("ex", "");
        String text = System.getProperty("text", "");
        for (String which : new String[] {"good", "degraded"}) {
            var run = which.equals("good") ? Fixtures.run() : Fixtures.degraded();
            Profile p = ex.isEmpty() ? Fixtures.advisor().describe(text).profile() : Fixtures.example(ex);
            System.out.println("=== " + which + "\n"
                    + VerdictText.render(Fixtures.advisor().advise(p, run)));
        }
    }
}
