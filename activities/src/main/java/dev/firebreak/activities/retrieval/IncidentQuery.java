package dev.firebreak.activities.retrieval;

import dev.firebreak.activities.retrieval.knowledge.DocumentKind;
import dev.firebreak.activities.retrieval.store.ChunkFilter;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A search for similar past incidents. Build with {@link #of(String)} or {@link AlertContext#toQuery()} and
 * the {@code with...} methods.
 *
 * @param text              free text (alert + findings); must not be blank
 * @param services          services the incident involves: explain hits ("shared service"), never filter
 * @param rootCauseKindHint suspected root-cause kind, e.g. {@code deploy}: explains hits, never filters
 * @param errorPattern      dominant log pattern: explains hits whose text contains it
 * @param serviceFilter     when set, only documents listing this service are returned
 * @param from              when set, only documents dated on or after this day
 * @param to                when set, only documents dated on or before this day
 * @param kinds             document kinds to search; empty = all (select by name with {@link DocumentKind#fromIndexName})
 * @param k                 number of documents wanted; 0 = the retriever's default
 * @param mode              null = the retriever's default
 */
public record IncidentQuery(
        String text,
        List<String> services,
        String rootCauseKindHint,
        String errorPattern,
        String serviceFilter,
        LocalDate from,
        LocalDate to,
        Set<DocumentKind> kinds,
        int k,
        RetrievalMode mode) {

    public IncidentQuery {
        services = services == null ? List.of() : List.copyOf(services);
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
    }

    public static IncidentQuery of(String text) {
        return new IncidentQuery(text, List.of(), null, null, null, null, null, Set.of(), 0, null);
    }

    public IncidentQuery withServices(List<String> newServices) {
        return new IncidentQuery(text, newServices, rootCauseKindHint, errorPattern, serviceFilter, from, to, kinds, k, mode);
    }

    public IncidentQuery withRootCauseKindHint(String hint) {
        return new IncidentQuery(text, services, hint, errorPattern, serviceFilter, from, to, kinds, k, mode);
    }

    public IncidentQuery withErrorPattern(String pattern) {
        return new IncidentQuery(text, services, rootCauseKindHint, pattern, serviceFilter, from, to, kinds, k, mode);
    }

    public IncidentQuery withServiceFilter(String service) {
        return new IncidentQuery(text, services, rootCauseKindHint, errorPattern, service, from, to, kinds, k, mode);
    }

    public IncidentQuery withTimeRange(LocalDate newFrom, LocalDate newTo) {
        return new IncidentQuery(text, services, rootCauseKindHint, errorPattern, serviceFilter, newFrom, newTo, kinds, k, mode);
    }

    public IncidentQuery withKinds(Set<DocumentKind> newKinds) {
        return new IncidentQuery(text, services, rootCauseKindHint, errorPattern, serviceFilter, from, to, newKinds, k, mode);
    }

    public IncidentQuery withK(int newK) {
        return new IncidentQuery(text, services, rootCauseKindHint, errorPattern, serviceFilter, from, to, kinds, newK, mode);
    }

    public IncidentQuery withMode(RetrievalMode newMode) {
        return new IncidentQuery(text, services, rootCauseKindHint, errorPattern, serviceFilter, from, to, kinds, k, newMode);
    }

    ChunkFilter filter() {
        return new ChunkFilter(serviceFilter, from, to, kinds);
    }
}
