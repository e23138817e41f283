package io.orderflow.salesorder.internal.jpa;

import io.orderflow.salesorder.api.IntakeFlag;
import javax.persistence.Column;
import javax.persistence.Embeddable;

@Embeddable
public class IntakeFlagEmbeddable {

    @Column(name = "FLAG_NO")
    private int flagNo;
    @Column(name = "CODE")
    private String code;
    @Column(name = "FIELD")
    private String field;
    @Column(name = "DETAIL")
    private String detail;

    protected IntakeFlagEmbeddable() {
    }

    IntakeFlagEmbeddable(int flagNo, IntakeFlag flag) {
        this.flagNo = flagNo;
        this.code = flag.code();
        this.field = flag.field();
        this.detail = flag.detail();
    }

    int flagNo() {
        return flagNo;
    }

    IntakeFlag toRecord() {
        return new IntakeFlag(code, field, detail);
    }
}
