package io.sportello.intake;

/** Reads what intake recorded for a Message-ID. */
record EmailIntakeReceipts(Intake intake) {

    /** True when a message with this id was stored once and its repeat recognised (only one row exists). */
    boolean duplicateOf(String messageId) {
        return intake.list(java.util.EnumSet.allOf(InboundStatus.class), org.springframework.data.domain.Pageable.ofSize(500))
                .stream().filter(m -> m.getDedupeKey().equals("email:" + messageId)).count() == 1;
    }
}
