package org.shelfline.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/** A name kept in English and Simplified Chinese; shown in the reader's language. */
@Embeddable
public class BilingualName implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int MAX_LENGTH = 200;

    @Column(name = "name", nullable = false, length = MAX_LENGTH)
    private String english;

    @Column(name = "name_zh", nullable = false, length = MAX_LENGTH)
    private String chinese;

    protected BilingualName() {}

    public BilingualName(String english, String chinese) {
        if (english == null || english.isBlank() || chinese == null || chinese.isBlank()) {
            throw new IllegalArgumentException("Both the English and the Chinese name are required");
        }
        this.english = english.strip();
        this.chinese = chinese.strip();
    }

    public String english() {
        return english;
    }

    public String chinese() {
        return chinese;
    }

    public String in(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? chinese : english;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BilingualName that && english.equals(that.english) && chinese.equals(that.chinese);
    }

    @Override
    public int hashCode() {
        return Objects.hash(english, chinese);
    }

    @Override
    public String toString() {
        return english + " / " + chinese;
    }
}
