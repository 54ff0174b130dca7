package org.shelfline.ordering;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.shelfline.catalog.Sku;

@Entity
@Table(name = "saved_list_line")
public class SavedListLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "list_id")
    private SavedList list;

    @ManyToOne(optional = false)
    @JoinColumn(name = "sku_id")
    private Sku sku;

    @Column(nullable = false)
    private int cases;

    protected SavedListLine() {}

    SavedListLine(SavedList list, Sku sku, int cases) {
        this.list = list;
        this.sku = sku;
        this.cases = cases;
    }

    public Sku getSku() {
        return sku;
    }

    public int getCases() {
        return cases;
    }
}
