package io.orderflow.finance.internal.jpa;

import io.orderflow.finance.api.Posting;
import io.orderflow.finance.api.PostingState;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.FetchType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.Table;

/** A posting: its lines never change once written; only its state moves. */
@Entity
@Table(schema = "FINANCE", name = "POSTING")
public class PostingEntity {

    @Id
    @Column(name = "POSTING_KEY")
    private String key;
    @Column(name = "DOC_TYPE")
    private String documentType;
    @Column(name = "DOCUMENT")
    private String document;
    @Column(name = "VERSION")
    private int version;
    @Column(name = "CUSTOMER_ID")
    private String customerId;
    @Column(name = "CURRENCY")
    private String currency;
    @Column(name = "POSTED_ON")
    private LocalDate postedOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "STATE")
    private PostingState state;
    @Column(name = "ERP_REFERENCE")
    private String erpReference;
    @Column(name = "MESSAGE")
    private String message;
    @Column(name = "CREATED_AT")
    private Timestamp createdAt;
    @Column(name = "STATE_AT")
    private Timestamp stateAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "FINANCE", name = "POSTING_LINE", joinColumns = @JoinColumn(name = "POSTING_KEY"))
    private List<PostingLineEmbeddable> lines = new ArrayList<>();

    protected PostingEntity() {
    }

    /** A new version of a document's posting: PENDING with its lines, or REJECTED with why it could not be built. */
    public PostingEntity(String documentType, String document, int version, String customerId, String currency,
                         LocalDate postedOn, List<PostingLineEmbeddable> lines, String rejection, Instant now) {
        this.key = document + "~" + version;
        this.documentType = documentType;
        this.document = document;
        this.version = version;
        this.customerId = customerId;
        this.currency = currency;
        this.postedOn = postedOn;
        this.lines = new ArrayList<>(lines);
        this.state = rejection == null ? PostingState.PENDING : PostingState.REJECTED;
        this.message = rejection;
        this.createdAt = Timestamp.from(now);
        this.stateAt = createdAt;
    }

    /** The state moves; lines never change. */
    public void moved(PostingState next, String reference, String why, Instant at) {
        state = next;
        if (reference != null) {
            erpReference = reference;
        }
        message = why;
        stateAt = Timestamp.from(at);
    }

    public String key() {
        return key;
    }

    public String documentType() {
        return documentType;
    }

    public String document() {
        return document;
    }

    public int version() {
        return version;
    }

    public String currency() {
        return currency;
    }

    public PostingState state() {
        return state;
    }

    /** @param scale the currency's */
    public Posting toPosting(int scale) {
        return new Posting(key, documentType, document, version, customerId, currency, postedOn, lines.stream()
                .sorted(Comparator.comparingInt(PostingLineEmbeddable::lineNo)).map(l -> l.toLine(scale)).toList(),
                state, erpReference, message, createdAt.toInstant(), stateAt.toInstant());
    }
}
