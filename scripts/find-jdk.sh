# Sourced by ./bakeoff and ./run-tests (POSIX sh): sets JAVA_HOME to a JDK >= 21 or exits 2.
# Order: $JAVA_HOME, then `java` on PATH, then the JDKs under /usr/lib/jvm (newest first).

java_major() { # prints the feature version of the java binary $1, or nothing
    "$1" -XshowSettings:properties -version 2>&1 |
        sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
}

find_jdk() { # prints a JAVA_HOME whose java and javac are >= 21
    for candidate in "${JAVA_HOME:-}" \
        "$(command -v java >/dev/null 2>&1 && dirname "$(dirname "$(readlink -f "$(command -v java)")")")" \
        $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do
        candidate=${candidate%/}
        [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
        major=$(java_major "$candidate/bin/java")
        [ -n "$major" ] && [ "$major" -ge 21 ] && { echo "$candidate"; return 0; }
    done
    return 1
}

JAVA_HOME=$(find_jdk) || {
    echo "bakeoff: no JDK 21 or later found (looked at \$JAVA_HOME, java on PATH, /usr/lib/jvm/*)" >&2
    echo "  fix: install one, e.g. 'apt-get install openjdk-21-jdk-headless', or set JAVA_HOME to it" >&2
    exit 2
}
export JAVA_HOME
# Maven's bundled Guava warns about sun.misc.Unsafe on JDK 24+; the flag silences it and older JDKs ignore it.
if [ "$("$JAVA_HOME/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p')" -ge 23 ]; then
    MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
    export MAVEN_OPTS
fi
