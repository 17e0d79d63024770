SELECT services.nom, COUNT(employes.id)
FROM services
LEFT JOIN employes ON employes.service_id = services.id
GROUP BY services.id, services.nom
ORDER BY services.nom;
