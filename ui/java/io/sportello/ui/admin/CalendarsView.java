package io.sportello.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.sportello.security.CurrentUser;
import io.sportello.security.Role;
import io.sportello.security.Team;
import io.sportello.security.Teams;
import io.sportello.shared.FieldException;
import io.sportello.shared.NotFoundException;
import io.sportello.sla.BusinessCalendar;
import io.sportello.sla.BusinessCalendars;
import jakarta.annotation.security.RolesAllowed;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Business calendars for administrators: the hours each team works (weekly hours, time zone, national holidays), the
 * dates that differ — open on the Sunday after Black Friday, closed on 15 August — and which team works on which
 * calendar. A ticket's SLA clock runs on its team's calendar; a change is seen by every clock from then on.
 */
@Route("admin/calendars")
@Menu(title = "menu.calendars", order = 4.5)
@RolesAllowed(Role.Names.ADMIN)
public class CalendarsView extends VerticalLayout implements HasDynamicTitle {

    private final BusinessCalendars calendars;
    private final Teams teams;
    private final CurrentUser currentUser;
    final Grid<BusinessCalendars.CalendarView> grid = new Grid<>();
    final TextField key = new TextField();
    final TextField nameEn = new TextField();
    final TextField nameIt = new TextField();
    final ComboBox<String> zone = new ComboBox<>();
    final TextField holidays = new TextField();
    final Map<DayOfWeek, TextField> hours = new EnumMap<>(DayOfWeek.class);
    final Button save = new Button();
    final Paragraph state = new Paragraph();
    final Grid<BusinessCalendars.DateOverride> dates = new Grid<>();
    final DatePicker date = new DatePicker();
    final TextField dateHours = new TextField();
    final TextField dateNote = new TextField();
    final Button addDate = new Button();
    final Select<String> team = new Select<>();
    final Select<String> teamCalendar = new Select<>();
    final Button assign = new Button();
    private BusinessCalendars.CalendarView editing;
    private final io.sportello.ui.shell.DeskZone deskZone;

    public CalendarsView(BusinessCalendars calendars, Teams teams, CurrentUser currentUser,
                         io.sportello.ui.shell.DeskZone deskZone) {
        this.deskZone = deskZone;
        this.calendars = calendars;
        this.teams = teams;
        this.currentUser = currentUser;
        setSizeFull();

        grid.setId("calendars");
        grid.addColumn(v -> v.name(getLocale())).setHeader(getTranslation("calendars.col.name")).setFlexGrow(2);
        grid.addColumn(BusinessCalendars.CalendarView::key).setHeader(getTranslation("calendars.col.key"));
        grid.addColumn(v -> v.zone().getId()).setHeader(getTranslation("calendars.col.zone"));
        grid.addColumn(v -> "none".equals(v.holidays()) ? getTranslation("calendars.holidays.none")
                : v.holidays().toUpperCase(getLocale())).setHeader(getTranslation("calendars.col.holidays"));
        grid.addColumn(v -> teamsOn(v.key())).setHeader(getTranslation("calendars.col.teams")).setFlexGrow(2);
        grid.setHeight("220px");
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                edit(e.getValue());
            }
        });

        key.setLabel(getTranslation("calendars.field.key"));
        key.setHelperText(getTranslation("calendars.field.key.help"));
        key.setId("calendar-key");
        nameEn.setLabel(getTranslation("calendars.field.nameEn"));
        nameEn.setId("calendar-name-en");
        nameIt.setLabel(getTranslation("calendars.field.nameIt"));
        nameIt.setId("calendar-name-it");
        zone.setLabel(getTranslation("calendars.field.zone"));
        zone.setItems(ZoneId.getAvailableZoneIds().stream().filter(z -> z.contains("/")).sorted().toList());
        zone.setId("calendar-zone");
        holidays.setLabel(getTranslation("calendars.field.holidays"));
        holidays.setHelperText(getTranslation("calendars.field.holidays.help"));
        holidays.setId("calendar-holidays");
        HorizontalLayout week = new HorizontalLayout();
        week.addClassName(LumoUtility.FlexWrap.WRAP);
        for (DayOfWeek day : DayOfWeek.values()) {
            TextField field = new TextField(capitalised(day.getDisplayName(TextStyle.FULL, getLocale())));
            field.setId("calendar-hours-" + day.name().toLowerCase(java.util.Locale.ROOT));
            field.setPlaceholder(getTranslation("calendars.field.hours.closed"));
            field.setWidth("11em");
            hours.put(day, field);
            week.add(field);
        }
        Paragraph hoursHelp = new Paragraph(getTranslation("calendars.field.hours.help"));
        hoursHelp.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        save.setText(getTranslation("calendars.save"));
        save.setId("calendar-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        Button newCalendar = new Button(getTranslation("calendars.new"), e -> newCalendar());
        newCalendar.setId("calendar-new");
        state.setId("calendar-state");

        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(getLocale());
        dates.setId("calendar-dates");
        dates.addColumn(o -> day.format(o.date())).setHeader(getTranslation("calendars.col.date")).setFlexGrow(2);
        dates.addColumn(o -> o.closed() ? getTranslation("calendars.closed") : hoursText(o.hours()))
                .setHeader(getTranslation("calendars.col.hours")).setFlexGrow(2);
        dates.addColumn(o -> o.note() == null ? "" : o.note()).setHeader(getTranslation("calendars.col.note")).setFlexGrow(2);
        dates.addComponentColumn(o -> {
            Button remove = new Button(getTranslation("calendars.date.remove"), e -> removeDate(o));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            return remove;
        });
        dates.setHeight("200px");
        date.setLabel(getTranslation("calendars.field.date"));
        date.setId("calendar-date");
        date.setLocale(getLocale());
        dateHours.setLabel(getTranslation("calendars.field.dateHours"));
        dateHours.setPlaceholder(getTranslation("calendars.field.hours.closed"));
        dateHours.setId("calendar-date-hours");
        dateNote.setLabel(getTranslation("calendars.field.note"));
        dateNote.setId("calendar-date-note");
        dateNote.setMaxLength(200);
        addDate.setText(getTranslation("calendars.date.add"));
        addDate.setId("calendar-date-add");
        addDate.addClickListener(e -> addDate());
        HorizontalLayout dateForm = new HorizontalLayout(date, dateHours, dateNote, addDate);
        dateForm.setAlignItems(Alignment.BASELINE);
        dateForm.addClassName(LumoUtility.FlexWrap.WRAP);

        team.setLabel(getTranslation("calendars.field.team"));
        team.setId("calendar-team");
        team.setItemLabelGenerator(this::teamLabel);
        teamCalendar.setLabel(getTranslation("calendars.field.teamCalendar"));
        teamCalendar.setId("calendar-team-calendar");
        teamCalendar.setItemLabelGenerator(k -> calendars.all().stream().filter(v -> v.key().equals(k)).findFirst()
                .map(v -> v.name(getLocale())).orElse(k));
        team.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                teamCalendar.setValue(calendars.keyForTeam(e.getValue()));
            }
        });
        assign.setText(getTranslation("calendars.assign"));
        assign.setId("calendar-assign");
        assign.addClickListener(e -> assign());
        HorizontalLayout teamForm = new HorizontalLayout(team, teamCalendar, assign);
        teamForm.setAlignItems(Alignment.BASELINE);

        HorizontalLayout names = new HorizontalLayout(key, nameEn, nameIt, zone, holidays);
        names.addClassName(LumoUtility.FlexWrap.WRAP);
        VerticalLayout form = new VerticalLayout(names, week, hoursHelp, new HorizontalLayout(save, newCalendar), state);
        form.setPadding(false);
        add(new H2(getTranslation("calendars.title")), new Paragraph(getTranslation("calendars.intro")), grid, form,
                new H3(getTranslation("calendars.dates")), new Paragraph(getTranslation("calendars.dates.intro")),
                dates, dateForm, new H3(getTranslation("calendars.teams")), teamForm);
        refresh();
        edit(calendars.describe(BusinessCalendars.STANDARD));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("calendars.title");
    }

    private void refresh() {
        List<BusinessCalendars.CalendarView> all = calendars.all();
        grid.setItems(all);
        team.setItems(teams.all().stream().map(Team::getKey).toList());
        teamCalendar.setItems(all.stream().map(BusinessCalendars.CalendarView::key).toList());
    }

    private void newCalendar() {
        editing = null;
        grid.asSingleSelect().clear();
        key.setReadOnly(false);
        key.clear();
        nameEn.clear();
        nameIt.clear();
        zone.setValue(deskZone.get().getId());
        holidays.setValue("IT");
        hours.forEach((d, f) -> f.setValue(d.getValue() <= 5 ? "09:00-18:00" : ""));
        dates.setItems(List.of());
        setDatesEnabled(false);
        clearErrors();
        state.setText(getTranslation("calendars.state.new"));
    }

    private void edit(BusinessCalendars.CalendarView view) {
        editing = view;
        key.setValue(view.key());
        key.setReadOnly(true);
        nameEn.setValue(view.nameEn());
        nameIt.setValue(view.nameIt());
        zone.setValue(view.zone().getId());
        holidays.setValue("none".equals(view.holidays()) ? "" : view.holidays().toUpperCase(java.util.Locale.ROOT));
        hours.forEach((d, f) -> f.setValue(hoursText(view.hours().getOrDefault(d, List.of()))));
        dates.setItems(view.overrides());
        setDatesEnabled(true);
        clearErrors();
        state.setText(view.stored() ? getTranslation("calendars.state.editing", view.name(getLocale()))
                : getTranslation("calendars.state.settings"));
    }

    private void save() {
        clearErrors();
        Map<DayOfWeek, List<String>> week = new EnumMap<>(DayOfWeek.class);
        hours.forEach((d, f) -> week.put(d, List.of(f.getValue())));
        if (editing == null && calendars.exists(key.getValue().strip().toLowerCase(java.util.Locale.ROOT))) {
            key.setErrorMessage(getTranslation("calendars.error.exists"));
            key.setInvalid(true);
            state.setText(getTranslation("calendars.error.exists"));
            return;
        }
        try {
            var saved = calendars.define(key.getValue(), new BusinessCalendars.Definition(nameEn.getValue(),
                    nameIt.getValue(), zone.getValue(), holidays.getValue(), week), currentUser.require().actor());
            refresh();
            edit(saved);
            state.setText(getTranslation("calendars.saved", saved.name(getLocale())));
        } catch (FieldException e) {
            mark(e.field());
        }
    }

    private void addDate() {
        if (editing == null) {
            return;
        }
        clearErrors();
        try {
            calendars.override(editing.key(), date.getValue(), List.of(dateHours.getValue()), dateNote.getValue(),
                    currentUser.require().actor());
            String dayText = date.getValue() == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                    .withLocale(getLocale()).format(date.getValue());
            reloadEditing();
            date.clear();
            dateHours.clear();
            dateNote.clear();
            state.setText(getTranslation("calendars.date.saved", dayText));
        } catch (FieldException e) {
            if (e.field().equals("dates")) {
                state.setText(getTranslation("calendars.error.dates", BusinessCalendars.MAX_OVERRIDES));
                return;
            } else if (e.field().equals("date")) {
                date.setErrorMessage(getTranslation("calendars.error.date"));
                date.setInvalid(true);
            } else {
                TextField field = e.field().startsWith("hours") ? dateHours : dateNote;
                field.setErrorMessage(getTranslation("calendars.error." + (field == dateHours ? "hours" : "note")));
                field.setInvalid(true);
            }
            state.setText(getTranslation("calendars.error.fix"));
        }
    }

    private void removeDate(BusinessCalendars.DateOverride o) {
        try {
            calendars.removeOverride(editing.key(), o.date(), currentUser.require().actor());
        } catch (NotFoundException e) {
            // removed meanwhile in another tab or by a colleague: the list below shows what is there now
        }
        reloadEditing();
        state.setText(getTranslation("calendars.date.removed"));
    }

    private void assign() {
        if (team.getValue() == null || teamCalendar.getValue() == null) {
            state.setText(getTranslation("calendars.error.team"));
            return;
        }
        String teamKey = team.getValue();
        String calendarKey = teamCalendar.getValue();
        try {
            calendars.assign(teamKey, calendarKey, currentUser.require().actor());
            refresh();
            team.setValue(teamKey);
            state.setText(getTranslation("calendars.assigned", teamLabel(teamKey),
                    teamCalendar.getItemLabelGenerator().apply(calendarKey)));
        } catch (FieldException | NotFoundException e) {
            state.setText(getTranslation("calendars.error.team"));
        }
    }

    private void reloadEditing() {
        refresh();
        edit(calendars.describe(editing.key()));
    }

    private void setDatesEnabled(boolean enabled) {
        date.setEnabled(enabled);
        dateHours.setEnabled(enabled);
        dateNote.setEnabled(enabled);
        addDate.setEnabled(enabled);
    }

    private void mark(String field) {
        String message = getTranslation("calendars.error." + (field.startsWith("hours") ? "hours" : field));
        if (field.startsWith("hours.")) {
            TextField day = hours.get(DayOfWeek.valueOf(field.substring("hours.".length())));
            day.setErrorMessage(message);
            day.setInvalid(true);
        } else if (field.equals("hours")) {
            TextField monday = hours.get(DayOfWeek.MONDAY);
            monday.setErrorMessage(getTranslation("calendars.error.noHours"));
            monday.setInvalid(true);
            message = getTranslation("calendars.error.noHours");
        } else if (field.equals("timeZone")) {
            zone.setErrorMessage(message);
            zone.setInvalid(true);
        } else {
            TextField target = switch (field) {
                case "key" -> key;
                case "nameEn" -> nameEn;
                case "nameIt" -> nameIt;
                default -> holidays;
            };
            target.setErrorMessage(message);
            target.setInvalid(true);
        }
        state.setText(message);
    }

    private void clearErrors() {
        for (TextField f : List.of(key, nameEn, nameIt, holidays, dateHours, dateNote)) {
            f.setInvalid(false);
        }
        hours.values().forEach(f -> f.setInvalid(false));
        zone.setInvalid(false);
        date.setInvalid(false);
    }

    private String teamsOn(String calendarKey) {
        Map<String, String> assigned = calendars.assignments();
        return teams.all().stream().filter(t -> assigned.getOrDefault(t.getKey(), BusinessCalendars.STANDARD)
                .equals(calendarKey)).map(t -> t.name(getLocale().getLanguage())).collect(Collectors.joining(", "));
    }

    private String teamLabel(String teamKey) {
        return teams.all().stream().filter(t -> t.getKey().equals(teamKey)).findFirst()
                .map(t -> t.name(getLocale().getLanguage())).orElse(teamKey);
    }

    private static String hoursText(List<BusinessCalendar.Interval> intervals) {
        return intervals.stream().map(BusinessCalendars::text).collect(Collectors.joining(", "));
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
