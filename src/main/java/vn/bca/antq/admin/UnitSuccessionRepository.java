package vn.bca.antq.admin;

import org.springframework.data.jpa.repository.JpaRepository;

interface UnitSuccessionRepository extends JpaRepository<UnitSuccession, UnitSuccession.Key> {}
