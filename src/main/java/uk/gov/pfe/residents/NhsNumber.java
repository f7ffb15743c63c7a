package uk.gov.pfe.residents;

/** NHS numbers: ten digits, the last a modulus 11 check digit over the first nine (weights 10 to 2). */
public final class NhsNumber {

    private NhsNumber() {
    }

    /** The number without spaces or hyphens, or null when it is not a valid NHS number. */
    public static String normalise(String value) {
        if (value == null) {
            return null;
        }
        var digits = value.replace(" ", "").replace("-", "");
        if (!digits.matches("\\d{10}")) {
            return null;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - (sum % 11);
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == digits.charAt(9) - '0' ? digits : null;
    }

    public static boolean isValid(String value) {
        return normalise(value) != null;
    }

    /**
     * The first valid NHS number at or after these nine digits (a nine-digit start whose check digit
     * would be 10 is skipped): for synthetic demo and test data.
     */
    public static String withCheckDigit(long nineDigits) {
        for (long n = nineDigits; ; n++) {
            var nine = String.format("%09d", n % 1_000_000_000L);
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (nine.charAt(i) - '0') * (10 - i);
            }
            int check = 11 - (sum % 11);
            if (check == 11) {
                check = 0;
            }
            if (check != 10) {
                return nine + check;
            }
        }
    }
}
