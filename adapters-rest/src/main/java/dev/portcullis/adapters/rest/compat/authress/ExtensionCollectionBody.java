package dev.portcullis.adapters.rest.compat.authress;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * Authress's {@code ExtensionCollection}: one page of extensions, the cursor of the next page in
 * {@code pagination.next.cursor} when there is one, and the links to this page and the next (absolute URLs). An
 * empty page still has its (empty) {@code extensions}, which the serializer would otherwise leave out.
 */
@Serdeable
record ExtensionCollectionBody(@JsonProperty("extensions") @JsonInclude(JsonInclude.Include.ALWAYS) List<ExtensionBody> extensions,
                               @JsonProperty("pagination") PaginationBody pagination,
                               @JsonProperty("links") LinksBody links) {

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PaginationBody(@JsonProperty("next") @Nullable PageBody next) {
    }

    @Serdeable
    record PageBody(@JsonProperty("cursor") String cursor) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record LinksBody(@JsonProperty("self") LinkBody self, @JsonProperty("next") @Nullable LinkBody next) {
    }

    @Serdeable
    record LinkBody(@JsonProperty("href") String href) {
    }
}
