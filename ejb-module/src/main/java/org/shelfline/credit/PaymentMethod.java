package org.shelfline.credit;

public enum PaymentMethod {
    BANK_TRANSFER,
    CASH,
    WECHAT_PAY,
    ALIPAY,
    CHEQUE
}
