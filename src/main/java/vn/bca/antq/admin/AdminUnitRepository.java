package vn.bca.antq.admin;

import org.springframework.data.jpa.repository.JpaRepository;

interface AdminUnitRepository extends JpaRepository<AdminUnit, Long> {}
