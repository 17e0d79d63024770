WITH maxima AS (
  SELECT service_id, MAX(salaire) AS haut FROM employes GROUP BY service_id
)
SELECT s.nom, e.nom, e.salaire
FROM employes e
JOIN maxima m ON m.service_id = e.service_id AND m.haut = e.salaire
JOIN services s ON s.id = e.service_id;
