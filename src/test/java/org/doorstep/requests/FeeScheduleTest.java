package org.doorstep.requests;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** 国办函〔2020〕109号 rates. */
class FeeScheduleTest {

    @Test
    void byItemTheFirstTenAreFreeThenHundredUpToThirtyAndEachBandOfTenAddsHundred() {
        assertThat(FeeSchedule.byItem(1)).isZero();
        assertThat(FeeSchedule.byItem(10)).isZero();
        assertThat(FeeSchedule.byItem(11)).isEqualTo(100);
        assertThat(FeeSchedule.byItem(30)).isEqualTo(100);
        assertThat(FeeSchedule.byItem(31)).isEqualTo(200);
        assertThat(FeeSchedule.byItem(40)).isEqualTo(200);
        assertThat(FeeSchedule.byItem(41)).isEqualTo(300);
    }

    @Test
    void byVolumeEachBandIsChargedOnItsOwnPages() {
        assertThat(FeeSchedule.byVolume(30)).isZero();
        assertThat(FeeSchedule.byVolume(31)).isEqualTo(10);
        assertThat(FeeSchedule.byVolume(100)).isEqualTo(700);
        assertThat(FeeSchedule.byVolume(101)).isEqualTo(720);
        assertThat(FeeSchedule.byVolume(200)).isEqualTo(2700);
        assertThat(FeeSchedule.byVolume(201)).isEqualTo(2740);
    }
}
