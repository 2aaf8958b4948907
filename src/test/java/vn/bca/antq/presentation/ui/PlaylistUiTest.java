package vn.bca.antq.presentation.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import vn.bca.antq.KaribuTest;
import vn.bca.antq.presentation.PlaylistService;
import vn.bca.antq.security.Role;

/** The playlist pages' tests: signed in as ADMIN (who alone edits playlists); each removes the playlists it named. */
abstract class PlaylistUiTest extends KaribuTest {

    @Autowired
    protected PlaylistService playlists;

    /** The start of every name a test class gives its playlists. */
    abstract String prefix();

    @BeforeEach
    void signInAsAdmin() {
        signIn(Role.ADMIN, null);
    }

    @AfterEach
    void removeTestPlaylists() {
        playlists.all().stream()
                .filter(p -> p.getName().startsWith(prefix()))
                .forEach(p -> playlists.delete(p.getId()));
    }
}
