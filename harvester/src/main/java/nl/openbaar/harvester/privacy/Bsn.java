package nl.openbaar.harvester.privacy;

/** The burgerservicenummer check: nine digits (eight are left-padded with a zero) passing the 11-proof. */
public final class Bsn {
    private static final int[] WEIGHTS = {9, 8, 7, 6, 5, 4, 3, 2, -1};

    private Bsn() {
    }

    /** True for a number whose digits weighted 9,8,...,2,-1 sum to a multiple of 11; never for 000000000. */
    public static boolean isValid(String digits) {
        if (digits == null || !digits.matches("\\d{8,9}")) {
            return false;
        }
        String nine = digits.length() == 8 ? "0" + digits : digits;
        if (nine.equals("000000000")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += WEIGHTS[i] * (nine.charAt(i) - '0');
        }
        return sum % 11 == 0;
    }
}
