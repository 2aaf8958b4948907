package vn.bca.antq.presentation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlaylistRepository extends JpaRepository<Playlist, Long> {

    List<Playlist> findAllByOrderByNameAsc();

    Optional<Playlist> findByName(String name);
}
