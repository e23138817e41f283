package io.orderflow.finance.internal;

import java.lang.annotation.Annotation;

/** Finance's configuration as a test sets it: a rounding mode, tax rates per class, the default ageing buckets. */
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
}
