package io.orderflow.aftersales.internal.jpa;

import io.orderflow.aftersales.api.CustomerReturn;
import java.sql.Timestamp;
import javax.persistence.Column;
import javax.persistence.Embeddable;

/** An evidence file's description; its bytes are an EvidenceContentEntity. */
@Embeddable
public class EvidenceEmbeddable {

    @Column(name = "ID")
    private int id;
    @Column(name = "FILENAME")
    private String filename;
    @Column(name = "CONTENT_TYPE")
    private String contentType;
    @Column(name = "SIZE_BYTES")
    private long size;
    @Column(name = "UPLOADED_BY")
    private String uploadedBy;
    @Column(name = "UPLOADED_AT")
    private Timestamp at;

    protected EvidenceEmbeddable() {
    }

    EvidenceEmbeddable(CustomerReturn.Evidence evidence) {
        this.id = evidence.id();
        this.filename = evidence.filename();
        this.contentType = evidence.contentType();
        this.size = evidence.size();
        this.uploadedBy = evidence.uploadedBy();
        this.at = Timestamp.from(evidence.at());
    }

    CustomerReturn.Evidence toEvidence() {
        return new CustomerReturn.Evidence(id, filename, contentType, size, uploadedBy, at.toInstant());
    }
}
