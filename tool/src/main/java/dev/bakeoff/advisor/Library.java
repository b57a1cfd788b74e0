package dev.bakeoff.advisor;

import java.util.List;

/** A library a profile may require in-process, and the runtimes that can host it. */
record Library(String id, List<String> runtimes, String rationale) {}
