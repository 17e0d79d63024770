SELECT nom
FROM clients
WHERE ville = 'Lyon'
ORDER BY nom;
