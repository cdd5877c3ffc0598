package io.sportello.sla;

import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SlaConfiguration {

    @Bean
    BusinessCalendar businessCalendar(SlaProperties properties) {
        Map<DayOfWeek, List<BusinessCalendar.Interval>> hours = new EnumMap<>(DayOfWeek.class);
        properties.hours().forEach((day, intervals) ->
                hours.put(day, intervals.stream().map(BusinessCalendar.Interval::parse).toList()));
        String code = properties.holidays();
        if (code == null || code.isBlank() || code.equalsIgnoreCase("none")) {
            return new BusinessCalendar(ZoneId.of(properties.zone()), hours, date -> false);
        }
        HolidayManager holidays = HolidayManager.getInstance(ManagerParameters.create(code.toLowerCase(java.util.Locale.ROOT)));
        return new BusinessCalendar(ZoneId.of(properties.zone()), hours, holidays::isHoliday);
    }
}
