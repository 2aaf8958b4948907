--liquibase formatted sql

-- A fact may only refer to a unit that exists on its dates. CHECK constraints cannot look at another
-- table, so each fact table gets a trigger that calls one function.

--changeset antq:005-unit-valid-function splitStatements:false
CREATE FUNCTION unit_valid_during(p_unit BIGINT, p_from DATE, p_to DATE) RETURNS BOOLEAN
    READS SQL DATA
BEGIN
    -- p_to NULL means an open period (a site still running): only a unit without an end can hold it.
    RETURN EXISTS (SELECT 1 FROM admin_unit u
                   WHERE u.id = p_unit AND p_from >= u.valid_from
                     AND (u.valid_to IS NULL OR (p_to IS NOT NULL AND p_to <= u.valid_to)));
END

--changeset antq:005-safety_assessment-insert-validity splitStatements:false
CREATE TRIGGER trg_safety_assessment_insert_validity BEFORE INSERT ON safety_assessment FOR EACH ROW
BEGIN
    IF NOT unit_valid_during(NEW.unit_id, NEW.assessed_on, NEW.assessed_on) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'safety_assessment: the unit does not exist on the date(s) of this fact';
    END IF;
END

--changeset antq:005-safety_assessment-update-validity splitStatements:false
CREATE TRIGGER trg_safety_assessment_update_validity BEFORE UPDATE ON safety_assessment FOR EACH ROW
BEGIN
    IF NOT unit_valid_during(NEW.unit_id, NEW.assessed_on, NEW.assessed_on) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'safety_assessment: the unit does not exist on the date(s) of this fact';
    END IF;
END

--changeset antq:005-festival_event-insert-validity splitStatements:false
CREATE TRIGGER trg_festival_event_insert_validity BEFORE INSERT ON festival_event FOR EACH ROW
BEGIN
    IF NOT unit_valid_during(NEW.unit_id, NEW.held_on, NEW.held_on) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'festival_event: the unit does not exist on the date(s) of this fact';
    END IF;
END

--changeset antq:005-festival_event-update-validity splitStatements:false
CREATE TRIGGER trg_festival_event_update_validity BEFORE UPDATE ON festival_event FOR EACH ROW
BEGIN
    IF NOT unit_valid_during(NEW.unit_id, NEW.held_on, NEW.held_on) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'festival_event: the unit does not exist on the date(s) of this fact';
    END IF;
END

--changeset antq:005-movement_model-insert-validity splitStatements:false
CREATE TRIGGER trg_movement_model_insert_validity BEFORE INSERT ON movement_model FOR EACH ROW
BEGIN
    IF NOT unit_valid_during(NEW.home_unit_id, NEW.started_on, NEW.started_on) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'movement_model: the unit does not exist on the date(s) of this fact';
    END IF;
END

--changeset antq:005-movement_model-update-validity splitStatements:false
CREATE TRIGGER trg_movement_model_update_validity BEFORE UPDATE ON movement_model FOR EACH ROW
BEGIN
    IF NOT unit_valid_during(NEW.home_unit_id, NEW.started_on, NEW.started_on) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'movement_model: the unit does not exist on the date(s) of this fact';
    END IF;
END

--changeset antq:005-model_site-insert-validity splitStatements:false
CREATE TRIGGER trg_model_site_insert_validity BEFORE INSERT ON model_site FOR EACH ROW
BEGIN
    IF NOT unit_valid_during(NEW.unit_id, NEW.started_on, NEW.ended_on) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'model_site: the unit does not exist on the date(s) of this fact';
    END IF;
END

--changeset antq:005-model_site-update-validity splitStatements:false
CREATE TRIGGER trg_model_site_update_validity BEFORE UPDATE ON model_site FOR EACH ROW
BEGIN
    IF NOT unit_valid_during(NEW.unit_id, NEW.started_on, NEW.ended_on) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'model_site: the unit does not exist on the date(s) of this fact';
    END IF;
END

--changeset antq:005-exemplar-insert-validity splitStatements:false
CREATE TRIGGER trg_exemplar_insert_validity BEFORE INSERT ON exemplar FOR EACH ROW
BEGIN
    IF NOT unit_valid_during(NEW.unit_id, NEW.recognised_on, NEW.recognised_on) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'exemplar: the unit does not exist on the date(s) of this fact';
    END IF;
END

--changeset antq:005-exemplar-update-validity splitStatements:false
CREATE TRIGGER trg_exemplar_update_validity BEFORE UPDATE ON exemplar FOR EACH ROW
BEGIN
    IF NOT unit_valid_during(NEW.unit_id, NEW.recognised_on, NEW.recognised_on) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'exemplar: the unit does not exist on the date(s) of this fact';
    END IF;
END

--changeset antq:005-award-insert-validity splitStatements:false
CREATE TRIGGER trg_award_insert_validity BEFORE INSERT ON award FOR EACH ROW
BEGIN
    IF NOT unit_valid_during(NEW.unit_id, NEW.awarded_on, NEW.awarded_on) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'award: the unit does not exist on the date(s) of this fact';
    END IF;
END

--changeset antq:005-award-update-validity splitStatements:false
CREATE TRIGGER trg_award_update_validity BEFORE UPDATE ON award FOR EACH ROW
BEGIN
    IF NOT unit_valid_during(NEW.unit_id, NEW.awarded_on, NEW.awarded_on) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'award: the unit does not exist on the date(s) of this fact';
    END IF;
END

--changeset antq:005-indicator_value-insert-validity splitStatements:false
CREATE TRIGGER trg_indicator_value_insert_validity BEFORE INSERT ON indicator_value FOR EACH ROW
BEGIN
    IF NOT unit_valid_during(NEW.unit_id, NEW.period_start, NEW.period_end) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'indicator_value: the unit does not exist on the date(s) of this fact';
    END IF;
END

--changeset antq:005-indicator_value-update-validity splitStatements:false
CREATE TRIGGER trg_indicator_value_update_validity BEFORE UPDATE ON indicator_value FOR EACH ROW
BEGIN
    IF NOT unit_valid_during(NEW.unit_id, NEW.period_start, NEW.period_end) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'indicator_value: the unit does not exist on the date(s) of this fact';
    END IF;
END
