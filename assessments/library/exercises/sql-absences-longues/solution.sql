SELECT employes.nom, SUM(absences.jours) AS cumul
FROM employes
JOIN absences ON absences.employe_id = employes.id
GROUP BY employes.id
HAVING SUM(absences.jours) >= 5
ORDER BY cumul DESC, employes.nom;
