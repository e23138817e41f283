package io.orderflow.finance.internal;

import java.lang.annotation.Annotation;

/**
 * Finance's configuration as a test sets it: a rounding mode, tax rates per class, the default ageing buckets; the
 * custom order's prepayment share; the postings' accounts.
 */
final class TestSettings {

    private TestSettings() {
    }

    static FinanceSettings.Config rounding(String mode, String... taxRates) {
        return new FinanceSettings.Config() {
            @Override
            public String roundingMode() {
                return mode;
            }

            @Override
            public String ageingBounds() {
                return "30,60,90,120";
            }

            @Override
            public String[] taxRates() {
                return taxRates;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return FinanceSettings.Config.class;
            }
        };
    }

    static PrepaymentSettings.Config customOrderPercent(int percent) {
        return new PrepaymentSettings.Config() {
            @Override
            public int customOrderPercent() {
                return percent;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return PrepaymentSettings.Config.class;
            }
        };
    }

    static PostingSettings.Config accounts(String... accounts) {
        return new PostingSettings.Config() {
            @Override
            public String[] accounts() {
                return accounts;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return PostingSettings.Config.class;
            }
        };
    }

    static ExpenseSettings.Config expenses(String supervisorLimit, int maxReceiptBytes) {
        return new ExpenseSettings.Config() {
            @Override
            public String supervisorLimit() {
                return supervisorLimit;
            }

            @Override
            public String limitCurrency() {
                return "CNY";
            }

            @Override
            public int maxReceipts() {
                return 5;
            }

            @Override
            public int maxReceiptBytes() {
                return maxReceiptBytes;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return ExpenseSettings.Config.class;
            }
        };
    }
}
