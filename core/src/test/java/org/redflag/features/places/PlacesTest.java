package org.redflag.features.places;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlacesTest {

    @Test
    void theRegionComesFromTheFirstCountryOrCityTheLocationNames() {
        assertThat(Places.regionOf("Riyadh, Saudi Arabia")).isEqualTo("SA");
        assertThat(Places.regionOf("Kathmandu / Doha")).isEqualTo("NP");
        assertThat(Places.regionOf("GB, LND, London")).isEqualTo("GB");
        assertThat(Places.regionOf("somewhere nice")).isEqualTo("ZZ");
    }

    @Test
    void countriesAndCitiesNamedInATextAreFoundOnceEachInOrder() {
        assertThat(Places.regionsIn("Workers from Nepal and Bangladesh for Doha, Qatar. Contact us in Kathmandu."))
                .containsExactly("NP", "BD", "QA");
        assertThat(Places.regionsIn("South Korea EPS scheme; also Korea")).containsExactly("KR");
        assertThat(Places.regionsIn("Please contact us today")).isEmpty();
    }
}
