package vn.bca.antq.festival;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.bca.antq.source.Fact;

/** A site holding the "Ngày hội toàn dân bảo vệ ANTQ" in a year. */
@Entity
@Table(name = "festival_event")
public class FestivalEvent extends Fact {

    private String siteName;
    private LocalDate heldOn;
    @Enumerated(EnumType.STRING)
    private @Nullable ShowcaseLevel showcaseLevel;
    private @Nullable Integer attendance;
    private boolean centralLeadersPresent;
    private @Nullable Long giftsVnd;
    private @Nullable Integer giftRecipients;

    protected FestivalEvent() {
    }

    public String getSiteName() {
        return siteName;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public @Nullable ShowcaseLevel getShowcaseLevel() {
        return showcaseLevel;
    }

    public @Nullable Integer getAttendance() {
        return attendance;
    }

    public boolean isCentralLeadersPresent() {
        return centralLeadersPresent;
    }

    public @Nullable Long getGiftsVnd() {
        return giftsVnd;
    }

    public @Nullable Integer getGiftRecipients() {
        return giftRecipients;
    }
}
