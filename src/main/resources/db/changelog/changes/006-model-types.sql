--liquibase formatted sql

--changeset antq:006-model-types
--validCheckSum: 9:7a818b7bcfc575e9797297f196c1910d
-- (the checksum before its comment stopped pointing outside the repository: databases made then stay valid)
-- The kinds of model named in the movement's guidance and reports (see docs/DOMAIN.md).
INSERT INTO model_type (code, name_vi, name_en) VALUES
    ('SELF_MANAGED_SECURITY_TEAM', 'Tổ tự quản về an ninh, trật tự', 'Self-managed security and order team'),
    ('SECURITY_CAMERA', 'Camera an ninh', 'Security cameras'),
    ('SAFE_SCHOOL_GATE', 'Cổng trường an toàn giao thông', 'Safe school gate'),
    ('PEACEFUL_FISHING_VILLAGE', 'Làng chài bình yên', 'Peaceful fishing village'),
    ('SELF_MANAGED_FISHING_FLEET', 'Đội tàu thuyền tự quản', 'Self-managed fishing fleet'),
    ('DRUG_PREVENTION_CLUB', 'Câu lạc bộ phòng, chống ma túy', 'Drug prevention club'),
    ('SAFE_CLAN', 'Dòng họ an toàn', 'Safe clan'),
    ('FIVE_NO_RESIDENTIAL_AREA', 'Khu dân cư 5 không', 'Five-no residential area'),
    ('MODEL_TRAFFIC_ROAD', 'Tuyến đường kiểu mẫu về trật tự, an toàn giao thông', 'Model road for traffic safety'),
    ('BOUNDARY_SECURITY_CLUSTER', 'Cụm liên kết an ninh, trật tự địa bàn giáp ranh', 'Boundary-area security cluster'),
    ('FARMERS_REINTEGRATION', 'Hội nông dân giúp người chấp hành xong án tái hòa nhập cộng đồng', 'Farmers helping released offenders reintegrate');
