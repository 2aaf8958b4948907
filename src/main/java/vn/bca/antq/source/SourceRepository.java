package vn.bca.antq.source;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SourceRepository extends JpaRepository<Source, Long> {

    Optional<Source> findByKindAndReference(SourceKind kind, String reference);

    boolean existsByKind(SourceKind kind);
}
