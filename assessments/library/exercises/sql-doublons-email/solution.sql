SELECT email, COUNT(id) AS fiches
FROM clients
GROUP BY email
HAVING COUNT(id) >= 2
ORDER BY email;
