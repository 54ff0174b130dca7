package org.shelfline.identity;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one spelling of a user name. The accounts table compares names the way its collation does, which takes
 * "störe05", "ｓtore05" and "STORE05" for "store05"; everything that counts per name (the sign-in lock) must
 * see them as one name too. Names are letters a–z, digits, '.', '_' and '-', starting with a letter or digit.
 */
public final class UserNames {

    /** The names accounts may have; typed names are reduced to this form first. */
    public static final String PATTERN = "[a-z0-9][a-z0-9._-]*";

    private static final Pattern SAFE = Pattern.compile(PATTERN);
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private UserNames() {}

    /**
     * A typed name in its one spelling: width and compatibility forms folded (full-width letters), accents
     * dropped, lower case. Empty when what is left is not a name an account may have.
     */
    public static Optional<String> canonical(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String folded = Normalizer.normalize(typed.strip(), Normalizer.Form.NFKC);
        String plain =
                MARKS.matcher(Normalizer.normalize(folded, Normalizer.Form.NFD)).replaceAll("");
        String name = plain.toLowerCase(Locale.ROOT);
        return name.length() <= UserAccount.USERNAME_MAX && SAFE.matcher(name).matches()
                ? Optional.of(name)
                : Optional.empty();
    }

    /** The key a typed name is counted under: its one spelling, or (not a possible name) the text itself folded. */
    public static String key(String typed) {
        return canonical(typed)
                .orElseGet(() -> typed == null
                        ? ""
                        : Normalizer.normalize(typed.strip(), Normalizer.Form.NFKC)
                                .toLowerCase(Locale.ROOT));
    }
}
