/**
 * Presentation mode for conference screens: playlists of slides stored in the database, decks expanded from them,
 * frozen data snapshots shared by the screens that show the same deck, and rooms in which a presenter leads.
 */
@NullMarked
package vn.bca.antq.presentation;

import org.jspecify.annotations.NullMarked;
