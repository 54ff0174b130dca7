package org.shelfline.geography;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;
import java.util.stream.Stream;

/** A district (区) within a city and province, named in English and Chinese. Reference data. */
@Entity
@Table(name = "district")
public class District {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 32)
    private String code;

    @Column(nullable = false, length = 64)
    private String province;

    @Column(name = "province_zh", nullable = false, length = 64)
    private String provinceZh;

    @Column(nullable = false, length = 64)
    private String city;

    @Column(name = "city_zh", nullable = false, length = 64)
    private String cityZh;

    @Column(nullable = false, length = 64)
    private String name;

    @Column(name = "name_zh", nullable = false, length = 64)
    private String nameZh;

    protected District() {}

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    /** "Nanshan, Shenzhen" or "深圳市南山区", as people in each language write it. */
    public String label(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? cityZh + nameZh : name + ", " + city;
    }

    /** Whether the text is part of the district's code or of its, its city's or its province's names (any case). */
    public boolean mentions(String text) {
        String wanted = text.toLowerCase(Locale.ROOT);
        return Stream.of(code, name, nameZh, city, cityZh, province, provinceZh)
                .anyMatch(part -> part != null && part.toLowerCase(Locale.ROOT).contains(wanted));
    }
}
