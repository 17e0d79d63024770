SELECT c.nom, COUNT(o.id), SUM(o.montant_cents) / COUNT(o.id)
FROM clients c
JOIN commandes o ON o.client_id = c.id
GROUP BY c.id
HAVING COUNT(o.id) > 1;
