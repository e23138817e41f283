package io.orderflow.finance.internal.jpa;

import io.orderflow.finance.api.ExpenseClaim;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import javax.persistence.Basic;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EntityManager;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;

/** A receipt file of an expense claim, its bytes in the database. Lists read its other columns only. */
@Entity
@Table(schema = "FINANCE", name = "EXPENSE_RECEIPT")
public class ExpenseReceiptEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;
    @Column(name = "CLAIM_NUMBER")
    private String claim;
    @Column(name = "FILE_NAME")
    private String fileName;
    @Column(name = "CONTENT_TYPE")
    private String contentType;
    @Column(name = "SIZE_BYTES")
    private int size;
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "CONTENT")
    private byte[] content;
    @Column(name = "UPLOADED_BY")
    private String uploadedBy;
    @Column(name = "UPLOADED_AT")
    private Timestamp uploadedAt;

    protected ExpenseReceiptEntity() {
    }

    public ExpenseReceiptEntity(String claim, String fileName, String contentType, byte[] content, String uploadedBy,
                                Instant uploadedAt) {
        this.claim = claim;
        this.fileName = fileName;
        this.contentType = contentType;
        this.size = content.length;
        this.content = content;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = Timestamp.from(uploadedAt);
    }

    public String claim() {
        return claim;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public byte[] content() {
        return content;
    }

    public ExpenseClaim.Receipt toReceipt() {
        return new ExpenseClaim.Receipt(id, fileName, contentType, size, uploadedBy, uploadedAt.toInstant());
    }

    /** The receipts of a claim without their bytes, oldest first. */
    public static List<ExpenseClaim.Receipt> receipts(EntityManager em, String claim) {
        return em.createQuery("select r.id, r.fileName, r.contentType, r.size, r.uploadedBy, r.uploadedAt from"
                        + " ExpenseReceiptEntity r where r.claim = :claim order by r.id", Object[].class)
                .setParameter("claim", claim).getResultList().stream().map(row -> new ExpenseClaim.Receipt(
                        ((Number) row[0]).longValue(), (String) row[1], (String) row[2], ((Number) row[3]).intValue(),
                        (String) row[4], ((Timestamp) row[5]).toInstant())).toList();
    }
}
