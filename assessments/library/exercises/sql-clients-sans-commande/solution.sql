SELECT c.id, c.nom
FROM clients AS c
LEFT JOIN commandes AS o ON o.client_id = c.id
WHERE o.id IS NULL;
