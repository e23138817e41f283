package io.orderflow.aftersales.internal.jpa;

import io.orderflow.aftersales.api.CustomerReturn;
import java.sql.Timestamp;
import javax.persistence.Column;
import javax.persistence.Embeddable;

/** A reviewer's signature. */
@Embeddable
public class SignatureEmbeddable {

    @Column(name = "ROLE_NAME")
    private String role;
    @Column(name = "USER_NAME")
    private String user;
    @Column(name = "APPROVED")
    private boolean approved;
    @Column(name = "COMPANY_QUALITY")
    private Boolean companyQuality;
    @Column(name = "REASON")
    private String reason;
    @Column(name = "SIGNED_AT")
    private Timestamp at;

    protected SignatureEmbeddable() {
    }

    SignatureEmbeddable(CustomerReturn.Signature signature) {
        this.role = signature.role();
        this.user = signature.user();
        this.approved = signature.approved();
        this.companyQuality = signature.companyQuality();
        this.reason = signature.reason();
        this.at = Timestamp.from(signature.at());
    }

    CustomerReturn.Signature toSignature() {
        return new CustomerReturn.Signature(role, user, approved, companyQuality, reason, at.toInstant());
    }
}
