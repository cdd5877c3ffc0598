package io.sportello.ui.admin;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import io.sportello.shared.Actor;
import io.sportello.sla.BusinessCalendars;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An administrator gives L2 its own hours for the peak on the Business hours screen, opens the Sunday after Black
 * Friday, and puts L2 on the calendar; a wrong interval is marked on its day, in the administrator's language.
 */
class CalendarsViewTest extends io.sportello.ui.KaribuTest {

    @Autowired
    BusinessCalendars calendars;

    @AfterEach
    void tier2BackOnTheStandardCalendar() {
        calendars.assign("tier2", BusinessCalendars.STANDARD, Actor.user("admin", "Admin"));
    }

    private static String state() {
        return _get(Paragraph.class, spec -> spec.withId("calendar-state")).getText();
    }

    private static TextField field(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAdministratorOpensBlackFridaySundayForL2() {
        String key = "l2-peak-" + (System.nanoTime() % 100_000);
        login("admin");
        UI.getCurrent().navigate(CalendarsView.class);
        _click(_get(Button.class, spec -> spec.withId("calendar-new")));
        _setValue(field("calendar-key"), key);
        _setValue(field("calendar-name-en"), "L2 at peak");
        _setValue(field("calendar-name-it"), "L2 in alta stagione");
        _setValue(field("calendar-hours-tuesday"), "9-13, 12-18");
        _click(_get(Button.class, spec -> spec.withId("calendar-save")));
        assertThat(field("calendar-hours-tuesday").isInvalid()).isTrue();
        assertThat(state()).isEqualTo("Write the hours as 09:00-13:00, 14:00-18:00, without overlaps, each ending "
                + "after it starts.");

        _setValue(field("calendar-hours-tuesday"), "9-13, 14-18");
        _click(_get(Button.class, spec -> spec.withId("calendar-save")));
        assertThat(state()).startsWith("Calendar \"L2 at peak\" saved.");
        assertThat(field("calendar-hours-tuesday").getValue()).isEqualTo("09:00-13:00, 14:00-18:00");

        _setValue(_get(DatePicker.class, spec -> spec.withId("calendar-date")), LocalDate.of(2026, 11, 29));
        _setValue(field("calendar-date-hours"), "10:00-18:00");
        _setValue(field("calendar-date-note"), "Black Friday Sunday");
        _click(_get(Button.class, spec -> spec.withId("calendar-date-add")));
        Grid<BusinessCalendars.DateOverride> dates = _get(Grid.class, spec -> spec.withId("calendar-dates"));
        assertThat(GridKt._findAll(dates)).singleElement().satisfies(o -> {
            assertThat(o.date()).isEqualTo(LocalDate.of(2026, 11, 29));
            assertThat(o.closed()).isFalse();
        });
        assertThat(calendars.calendar(key).openingOn(LocalDate.of(2026, 11, 29))).isNotEmpty();

        _setValue(_get(Select.class, spec -> spec.withId("calendar-team")), "tier2");
        _setValue(_get(Select.class, spec -> spec.withId("calendar-team-calendar")), key);
        _click(_get(Button.class, spec -> spec.withId("calendar-assign")));
        assertThat(calendars.keyForTeam("tier2")).isEqualTo(key);
        assertThat(state()).endsWith("now works on \"L2 at peak\".");

        // a new calendar does not overwrite one that has the key already
        _click(_get(Button.class, spec -> spec.withId("calendar-new")));
        _setValue(field("calendar-key"), key);
        _setValue(field("calendar-name-en"), "Something else");
        _setValue(field("calendar-name-it"), "Altro");
        _click(_get(Button.class, spec -> spec.withId("calendar-save")));
        assertThat(field("calendar-key").isInvalid()).isTrue();
        assertThat(calendars.describe(key).nameEn()).isEqualTo("L2 at peak");
    }

    @Test
    void theScreenSpeaksItalianToAnItalianAdministrator() {
        login("admin");
        UI.getCurrent().setLocale(Locale.ITALIAN);
        UI.getCurrent().navigate(CalendarsView.class);
        assertThat(field("calendar-hours-monday").getLabel()).isEqualTo("Lunedì");
        _click(_get(Button.class, spec -> spec.withId("calendar-new")));
        _setValue(field("calendar-key"), "Non Valida!");
        _click(_get(Button.class, spec -> spec.withId("calendar-save")));
        assertThat(state()).isEqualTo("Usa da 2 a 40 lettere minuscole, cifre o trattini, iniziando con una lettera.");
    }
}
