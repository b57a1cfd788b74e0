package dev.bakeoff.vertx;

/** Trial division exactly as CONTRACT.md prescribes, so every stack does the same work. */
final class Primes {

    private Primes() {
    }

    static int countBelow(int n) {
        int count = n > 2 ? 1 : 0;
        for (int k = 3; k < n; k += 2) {
            boolean prime = true;
            for (int d = 3; d * d <= k; d += 2) {
                if (k % d == 0) {
                    prime = false;
                    break;
                }
            }
            if (prime) {
                count++;
            }
        }
        return count;
    }
}
