package org.doorstep.services.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.doorstep.organization.VenueLevel;
import org.doorstep.services.Bundle;
import org.doorstep.services.Delivery;
import org.doorstep.services.Faq;
import org.doorstep.services.Implementation;
import org.doorstep.services.ItemType;
import org.doorstep.services.Material;
import org.doorstep.services.ProcessStep;
import org.doorstep.services.ServiceFlag;
import org.doorstep.services.ServiceItem;
import org.doorstep.services.ServiceTarget;
import org.doorstep.services.Theme;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Rows of the services tables. */
@Repository
public class ServiceStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String COLUMNS = "code, name, item_type, department_code, legal_basis, target, conditions, "
            + "materials, steps, legal_limit_days, promised_limit_days, fee, result, deliveries, place, hours, visits, "
            + "online_entry, consultation, complaint, faqs, flags, themes";

    private final JdbcClient jdbc;

    ServiceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ServiceItem> items() {
        return jdbc.sql("select " + COLUMNS + " from services_item order by department_code, code")
                .query(ServiceStore::item).list();
    }

    /**
     * Items whose name holds {@code words} (a literal, not a pattern), or carried out by one of {@code departments},
     * or under one of {@code themes}; at most {@code limit}, in the catalogue's order.
     */
    public List<ServiceItem> search(String words, java.util.Collection<String> departments,
            java.util.Collection<String> themes, int limit) {
        String literal = words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return jdbc.sql("select " + COLUMNS + " from services_item where name ilike ? escape '\\'"
                + " or department_code = any(cast(? as text[])) or string_to_array(themes, ',') && cast(? as text[])"
                + " order by department_code, code limit ?")
                .params("%" + literal + "%", departments.toArray(String[]::new), themes.toArray(String[]::new), limit)
                .query(ServiceStore::item).list();
    }

    public Optional<ServiceItem> item(String code) {
        return jdbc.sql("select " + COLUMNS + " from services_item where code = ?").param(code)
                .query(ServiceStore::item).optional();
    }

    public void save(ServiceItem i) {
        jdbc.sql("""
                insert into services_item (%s) values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?, ?,
                    ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?)
                on conflict (code) do update set name = excluded.name, item_type = excluded.item_type,
                    department_code = excluded.department_code, legal_basis = excluded.legal_basis,
                    target = excluded.target, conditions = excluded.conditions, materials = excluded.materials,
                    steps = excluded.steps, legal_limit_days = excluded.legal_limit_days,
                    promised_limit_days = excluded.promised_limit_days, fee = excluded.fee, result = excluded.result,
                    deliveries = excluded.deliveries, place = excluded.place, hours = excluded.hours,
                    visits = excluded.visits, online_entry = excluded.online_entry,
                    consultation = excluded.consultation, complaint = excluded.complaint, faqs = excluded.faqs,
                    flags = excluded.flags, themes = excluded.themes, updated_at = now()
                """.formatted(COLUMNS))
                .params(i.code(), i.name(), i.type().name(), i.departmentCode(), i.legalBasis(), i.target().name(),
                        i.conditions(), JSON.writeValueAsString(i.materials()), JSON.writeValueAsString(i.steps()),
                        i.legalLimitDays(), i.promisedLimitDays(), i.fee(), i.result(), names(i.deliveries()),
                        i.place(), i.hours(), i.visits(), i.onlineEntry(), i.consultation(), i.complaint(),
                        JSON.writeValueAsString(i.faqs()), names(i.flags()), names(i.themes()))
                .update();
    }

    public List<Implementation> implementations(String itemCode) {
        return jdbc.sql("select item_code, unit_code, venue_level from services_implementation where item_code = ? "
                        + "order by venue_level, unit_code")
                .param(itemCode).query(ServiceStore::implementation).list();
    }

    public List<Implementation> implementationsAt(String unitCode) {
        return jdbc.sql("select item_code, unit_code, venue_level from services_implementation where unit_code = ? "
                        + "order by item_code")
                .param(unitCode).query(ServiceStore::implementation).list();
    }

    /** Codes of the items some unit carries out at a venue of this level. */
    public Set<String> itemCodesAt(VenueLevel level) {
        return Set.copyOf(jdbc.sql("select distinct item_code from services_implementation where venue_level = ?")
                .param(level.name()).query(String.class).list());
    }

    public void replaceImplementations(String itemCode, Collection<Implementation> lines) {
        jdbc.sql("delete from services_implementation where item_code = ?").param(itemCode).update();
        for (Implementation l : lines) {
            jdbc.sql("insert into services_implementation (item_code, unit_code, venue_level) values (?, ?, ?) "
                            + "on conflict do nothing")
                    .params(itemCode, l.unitCode(), l.venueLevel().name()).update();
        }
    }

    public List<Bundle> bundles() {
        return jdbc.sql("select code from services_bundle order by code").query(String.class).list().stream()
                .map(c -> bundle(c).orElseThrow()).toList();
    }

    public Optional<Bundle> bundle(String code) {
        List<String> items = jdbc.sql("select item_code from services_bundle_item where bundle_code = ? order by seq")
                .param(code).query(String.class).list();
        return jdbc.sql("select code, name, description, promised_half_days, facts from services_bundle where code = ?")
                .param(code)
                .query((rs, n) -> new Bundle(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), items,
                        factsOf(rs.getString(5))))
                .optional();
    }

    public void saveBundle(Bundle b) {
        jdbc.sql("""
                insert into services_bundle (code, name, description, promised_half_days, facts)
                values (?, ?, ?, ?, cast(? as jsonb))
                on conflict (code) do update set name = excluded.name, description = excluded.description,
                    promised_half_days = excluded.promised_half_days, facts = excluded.facts
                """).params(b.code(), b.name(), b.description(), b.promisedHalfDays(), factsJson(b.facts())).update();
        jdbc.sql("delete from services_bundle_item where bundle_code = ?").param(b.code()).update();
        for (int seq = 0; seq < b.itemCodes().size(); seq++) {
            jdbc.sql("insert into services_bundle_item (bundle_code, seq, item_code) values (?, ?, ?)")
                    .params(b.code(), seq, b.itemCodes().get(seq)).update();
        }
    }

    /** Facts are kept as an array of [key, label] pairs: a JSON object in jsonb would lose the form's order. */
    private static String factsJson(Map<String, String> facts) {
        return JSON.writeValueAsString(facts.entrySet().stream().map(e -> List.of(e.getKey(), e.getValue())).toList());
    }

    private static Map<String, String> factsOf(String json) {
        Map<String, String> out = new LinkedHashMap<>();
        for (List<String> pair : JSON.readValue(json, new TypeReference<List<List<String>>>() { })) {
            out.put(pair.get(0), pair.get(1));
        }
        return out;
    }

    private static ServiceItem item(ResultSet rs, int row) throws SQLException {
        return new ServiceItem(rs.getString("code"), rs.getString("name"), ItemType.valueOf(rs.getString("item_type")),
                rs.getString("department_code"), rs.getString("legal_basis"),
                ServiceTarget.valueOf(rs.getString("target")), rs.getString("conditions"),
                JSON.readValue(rs.getString("materials"), new TypeReference<List<Material>>() { }),
                JSON.readValue(rs.getString("steps"), new TypeReference<List<ProcessStep>>() { }),
                rs.getInt("legal_limit_days"), rs.getInt("promised_limit_days"), rs.getString("fee"),
                rs.getString("result"), enums(Delivery.class, rs.getString("deliveries")), rs.getString("place"),
                rs.getString("hours"), rs.getInt("visits"), rs.getString("online_entry"),
                rs.getString("consultation"), rs.getString("complaint"),
                JSON.readValue(rs.getString("faqs"), new TypeReference<List<Faq>>() { }),
                enums(ServiceFlag.class, rs.getString("flags")), enums(Theme.class, rs.getString("themes")));
    }

    private static Implementation implementation(ResultSet rs, int row) throws SQLException {
        return new Implementation(rs.getString(1), rs.getString(2), VenueLevel.valueOf(rs.getString(3)));
    }

    private static String names(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static <E extends Enum<E>> Set<E> enums(Class<E> type, String names) {
        EnumSet<E> set = EnumSet.noneOf(type);
        if (names != null && !names.isBlank()) {
            Arrays.stream(names.split(",")).map(n -> Enum.valueOf(type, n)).forEach(set::add);
        }
        return set;
    }
}
