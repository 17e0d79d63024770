SELECT e.nom, IFNULL(m.nom, '-')
FROM employes AS e
LEFT JOIN employes AS m ON e.manager_id = m.id;
