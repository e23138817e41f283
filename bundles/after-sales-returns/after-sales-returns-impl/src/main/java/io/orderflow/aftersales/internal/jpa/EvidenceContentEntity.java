package io.orderflow.aftersales.internal.jpa;

import java.io.Serializable;
import java.util.Objects;
import javax.persistence.Basic;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Lob;
import javax.persistence.Table;

/** An evidence file's bytes, read only when the file itself is asked for. */
@Entity
@Table(schema = "AFTER_SALES", name = "EVIDENCE_CONTENT")
@IdClass(EvidenceContentEntity.Key.class)
public class EvidenceContentEntity {

    @Id
    @Column(name = "RETURN_NUMBER")
    private String returnNumber;
    @Id
    @Column(name = "ID")
    private int id;
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "CONTENT")
    private byte[] content;

    protected EvidenceContentEntity() {
    }

    public EvidenceContentEntity(String returnNumber, int id, byte[] content) {
        this.returnNumber = returnNumber;
        this.id = id;
        this.content = content.clone();
    }

    public byte[] content() {
        return content.clone();
    }

    /** The composite key. */
    public static final class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String returnNumber;
        private int id;

        public Key() {
        }

        public Key(String returnNumber, int id) {
            this.returnNumber = returnNumber;
            this.id = id;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.id == id && Objects.equals(key.returnNumber, returnNumber);
        }

        @Override
        public int hashCode() {
            return Objects.hash(returnNumber, id);
        }
    }
}
