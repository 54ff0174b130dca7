-- Shelfline demo data (repeatable migration, applied only when demo data is enabled, e.g. by the run
-- command). Idempotent: natural keys + INSERT IGNORE, so re-applying after an edit adds what is new.
-- All demo accounts use the password 'demo1234' (PBKDF2-SHA512 hashes, one salt each).
-- Times are UTC.

INSERT IGNORE INTO district (code, province, province_zh, city, city_zh, name, name_zh) VALUES
    ('GD-SZ-NS', 'Guangdong', '广东省', 'Shenzhen', '深圳市', 'Nanshan', '南山区'),
    ('GD-SZ-FT', 'Guangdong', '广东省', 'Shenzhen', '深圳市', 'Futian', '福田区'),
    ('GD-SZ-LH', 'Guangdong', '广东省', 'Shenzhen', '深圳市', 'Luohu', '罗湖区'),
    ('GD-SZ-BA', 'Guangdong', '广东省', 'Shenzhen', '深圳市', 'Bao''an', '宝安区'),
    ('GD-GZ-TH', 'Guangdong', '广东省', 'Guangzhou', '广州市', 'Tianhe', '天河区'),
    ('GD-GZ-YX', 'Guangdong', '广东省', 'Guangzhou', '广州市', 'Yuexiu', '越秀区');

INSERT IGNORE INTO brand (code, name, name_zh, order_acceptance_minutes, created_at) VALUES
    ('FRESHCO', 'FreshCo Beverages', '清源饮品', 120, '2026-01-05 02:00:00'),
    ('GOLDEN', 'Golden Harvest Snacks', '金穗食品', 90, '2026-01-05 02:00:00');

INSERT IGNORE INTO distributor (code, name, name_zh, created_at) VALUES
    ('PEARLRIVER', 'Pearl River Distribution', '珠江分销', '2026-01-05 02:00:00'),
    ('SOUTHGATE', 'Southgate Trading', '南门商贸', '2026-01-05 02:00:00'),
    ('TIANHE', 'Tianhe Wholesale', '天河批发', '2026-01-05 02:00:00');

INSERT IGNORE INTO warehouse (distributor_id, code, name, district_id)
SELECT d.id, 'SZ-NS-1', 'Nanshan warehouse', x.id FROM distributor d JOIN district x ON x.code = 'GD-SZ-NS' WHERE d.code = 'PEARLRIVER'
UNION ALL
SELECT d.id, 'SZ-BA-1', 'Bao''an warehouse', x.id FROM distributor d JOIN district x ON x.code = 'GD-SZ-BA' WHERE d.code = 'PEARLRIVER'
UNION ALL
SELECT d.id, 'SZ-LH-1', 'Luohu depot', x.id FROM distributor d JOIN district x ON x.code = 'GD-SZ-LH' WHERE d.code = 'SOUTHGATE'
UNION ALL
SELECT d.id, 'GZ-YX-1', 'Yuexiu depot', x.id FROM distributor d JOIN district x ON x.code = 'GD-GZ-YX' WHERE d.code = 'SOUTHGATE'
UNION ALL
SELECT d.id, 'GZ-TH-1', 'Tianhe warehouse', x.id FROM distributor d JOIN district x ON x.code = 'GD-GZ-TH' WHERE d.code = 'TIANHE';

INSERT IGNORE INTO territory (brand_id, district_id, distributor_id, priority)
SELECT b.id, x.id, d.id, 1 FROM brand b JOIN district x ON x.code = 'GD-SZ-NS' JOIN distributor d ON d.code = 'PEARLRIVER' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, x.id, d.id, 2 FROM brand b JOIN district x ON x.code = 'GD-SZ-NS' JOIN distributor d ON d.code = 'SOUTHGATE' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, x.id, d.id, 1 FROM brand b JOIN district x ON x.code = 'GD-SZ-FT' JOIN distributor d ON d.code = 'PEARLRIVER' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, x.id, d.id, 2 FROM brand b JOIN district x ON x.code = 'GD-SZ-FT' JOIN distributor d ON d.code = 'SOUTHGATE' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, x.id, d.id, 1 FROM brand b JOIN district x ON x.code = 'GD-SZ-LH' JOIN distributor d ON d.code = 'SOUTHGATE' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, x.id, d.id, 1 FROM brand b JOIN district x ON x.code = 'GD-SZ-BA' JOIN distributor d ON d.code = 'PEARLRIVER' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, x.id, d.id, 1 FROM brand b JOIN district x ON x.code = 'GD-GZ-TH' JOIN distributor d ON d.code = 'TIANHE' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, x.id, d.id, 2 FROM brand b JOIN district x ON x.code = 'GD-GZ-TH' JOIN distributor d ON d.code = 'SOUTHGATE' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, x.id, d.id, 1 FROM brand b JOIN district x ON x.code = 'GD-GZ-YX' JOIN distributor d ON d.code = 'SOUTHGATE' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, x.id, d.id, 1 FROM brand b JOIN district x ON x.code = 'GD-SZ-NS' JOIN distributor d ON d.code = 'SOUTHGATE' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, x.id, d.id, 2 FROM brand b JOIN district x ON x.code = 'GD-SZ-NS' JOIN distributor d ON d.code = 'PEARLRIVER' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, x.id, d.id, 1 FROM brand b JOIN district x ON x.code = 'GD-SZ-FT' JOIN distributor d ON d.code = 'SOUTHGATE' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, x.id, d.id, 1 FROM brand b JOIN district x ON x.code = 'GD-SZ-LH' JOIN distributor d ON d.code = 'SOUTHGATE' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, x.id, d.id, 1 FROM brand b JOIN district x ON x.code = 'GD-SZ-BA' JOIN distributor d ON d.code = 'PEARLRIVER' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, x.id, d.id, 1 FROM brand b JOIN district x ON x.code = 'GD-GZ-TH' JOIN distributor d ON d.code = 'TIANHE' WHERE b.code = 'GOLDEN';

INSERT IGNORE INTO category (brand_id, code, name, name_zh)
SELECT b.id, 'TEA', 'Ready-to-drink tea', '即饮茶' FROM brand b WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'JUICE', 'Juice', '果汁' FROM brand b WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'WATER', 'Water', '饮用水' FROM brand b WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'SODA', 'Sparkling drinks', '碳酸饮料' FROM brand b WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'COFFEE', 'Coffee drinks', '咖啡饮料' FROM brand b WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'CHIPS', 'Potato chips', '薯片' FROM brand b WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'BISCUIT', 'Biscuits', '饼干' FROM brand b WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'NUTS', 'Nuts and seeds', '坚果炒货' FROM brand b WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'NOODLE', 'Instant noodles', '方便面' FROM brand b WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'CANDY', 'Candy', '糖果' FROM brand b WHERE b.code = 'GOLDEN';

INSERT IGNORE INTO sku (brand_id, code, barcode, name, name_zh, category_id, unit, case_pack, min_order_cases, order_increment_cases, status, created_at, updated_at)
SELECT b.id, 'FC-0001', '6931000000018', 'Jasmine green tea 330 ml', '茉莉绿茶 330 ml', c.id, 'bottle', 24, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'TEA' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0002', '6931000000025', 'Jasmine green tea 500 ml', '茉莉绿茶 500 ml', c.id, 'bottle', 15, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'TEA' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0003', '6931000000032', 'Jasmine green tea 1.5 L', '茉莉绿茶 1.5 L', c.id, 'bottle', 6, 2, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'TEA' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0004', '6931000000049', 'Jasmine green tea 250 ml', '茉莉绿茶 250 ml', c.id, 'can', 24, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'TEA' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0005', '6931000000056', 'Jasmine green tea 1 L', '茉莉绿茶 1 L', c.id, 'bottle', 12, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'TEA' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0006', '6931000000063', 'Oolong tea 330 ml', '乌龙茶 330 ml', c.id, 'bottle', 24, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'TEA' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0007', '6931000000070', 'Oolong tea 500 ml', '乌龙茶 500 ml', c.id, 'bottle', 15, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'TEA' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0008', '6931000000087', 'Oolong tea 1.5 L', '乌龙茶 1.5 L', c.id, 'bottle', 6, 2, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'TEA' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0009', '6931000000094', 'Oolong tea 250 ml', '乌龙茶 250 ml', c.id, 'can', 24, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'TEA' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0010', '6931000000100', 'Oolong tea 1 L', '乌龙茶 1 L', c.id, 'bottle', 12, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'TEA' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0011', '6931000000117', 'Lemon black tea 330 ml', '柠檬红茶 330 ml', c.id, 'bottle', 24, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'TEA' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0012', '6931000000124', 'Lemon black tea 500 ml', '柠檬红茶 500 ml', c.id, 'bottle', 15, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'TEA' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0013', '6931000000131', 'Lemon black tea 1.5 L', '柠檬红茶 1.5 L', c.id, 'bottle', 6, 2, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'TEA' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0014', '6931000000148', 'Lemon black tea 250 ml', '柠檬红茶 250 ml', c.id, 'can', 24, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'TEA' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0015', '6931000000155', 'Lemon black tea 1 L', '柠檬红茶 1 L', c.id, 'bottle', 12, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'TEA' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0016', '6931000000162', 'Honey citron tea 330 ml', '蜂蜜柚子茶 330 ml', c.id, 'bottle', 24, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'TEA' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0017', '6931000000179', 'Honey citron tea 500 ml', '蜂蜜柚子茶 500 ml', c.id, 'bottle', 15, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'TEA' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0018', '6931000000186', 'Honey citron tea 1.5 L', '蜂蜜柚子茶 1.5 L', c.id, 'bottle', 6, 2, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'TEA' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0019', '6931000000193', 'Honey citron tea 250 ml', '蜂蜜柚子茶 250 ml', c.id, 'can', 24, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'TEA' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0020', '6931000000209', 'Honey citron tea 1 L', '蜂蜜柚子茶 1 L', c.id, 'bottle', 12, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'TEA' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0021', '6931000000216', 'Barley tea 330 ml', '大麦茶 330 ml', c.id, 'bottle', 24, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'TEA' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0022', '6931000000223', 'Barley tea 500 ml', '大麦茶 500 ml', c.id, 'bottle', 15, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'TEA' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0023', '6931000000230', 'Barley tea 1.5 L', '大麦茶 1.5 L', c.id, 'bottle', 6, 2, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'TEA' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0024', '6931000000247', 'Barley tea 250 ml', '大麦茶 250 ml', c.id, 'can', 24, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'TEA' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0025', '6931000000254', 'Barley tea 1 L', '大麦茶 1 L', c.id, 'bottle', 12, 1, 1, 'DRAFT', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'TEA' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0026', '6931000000261', 'Chrysanthemum tea 330 ml', '菊花茶 330 ml', c.id, 'bottle', 24, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'TEA' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0027', '6931000000278', 'Chrysanthemum tea 500 ml', '菊花茶 500 ml', c.id, 'bottle', 15, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'TEA' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0028', '6931000000285', 'Chrysanthemum tea 1.5 L', '菊花茶 1.5 L', c.id, 'bottle', 6, 2, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'TEA' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0029', '6931000000292', 'Chrysanthemum tea 250 ml', '菊花茶 250 ml', c.id, 'can', 24, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'TEA' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0030', '6931000000308', 'Chrysanthemum tea 1 L', '菊花茶 1 L', c.id, 'bottle', 12, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'TEA' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0031', '6931000000315', 'Orange juice 330 ml', '橙汁 330 ml', c.id, 'bottle', 24, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'JUICE' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0032', '6931000000322', 'Orange juice 500 ml', '橙汁 500 ml', c.id, 'bottle', 15, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'JUICE' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0033', '6931000000339', 'Orange juice 1.5 L', '橙汁 1.5 L', c.id, 'bottle', 6, 2, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'JUICE' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0034', '6931000000346', 'Orange juice 250 ml', '橙汁 250 ml', c.id, 'can', 24, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'JUICE' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0035', '6931000000353', 'Orange juice 1 L', '橙汁 1 L', c.id, 'bottle', 12, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'JUICE' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0036', '6931000000360', 'Apple juice 330 ml', '苹果汁 330 ml', c.id, 'bottle', 24, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'JUICE' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0037', '6931000000377', 'Apple juice 500 ml', '苹果汁 500 ml', c.id, 'bottle', 15, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'JUICE' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0038', '6931000000384', 'Apple juice 1.5 L', '苹果汁 1.5 L', c.id, 'bottle', 6, 2, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'JUICE' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0039', '6931000000391', 'Apple juice 250 ml', '苹果汁 250 ml', c.id, 'can', 24, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'JUICE' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0040', '6931000000407', 'Apple juice 1 L', '苹果汁 1 L', c.id, 'bottle', 12, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'JUICE' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0041', '6931000000414', 'Mango nectar 330 ml', '芒果汁 330 ml', c.id, 'bottle', 24, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'JUICE' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0042', '6931000000421', 'Mango nectar 500 ml', '芒果汁 500 ml', c.id, 'bottle', 15, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'JUICE' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0043', '6931000000438', 'Mango nectar 1.5 L', '芒果汁 1.5 L', c.id, 'bottle', 6, 2, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'JUICE' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0044', '6931000000445', 'Mango nectar 250 ml', '芒果汁 250 ml', c.id, 'can', 24, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'JUICE' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0045', '6931000000452', 'Mango nectar 1 L', '芒果汁 1 L', c.id, 'bottle', 12, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'JUICE' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0046', '6931000000469', 'Grape juice 330 ml', '葡萄汁 330 ml', c.id, 'bottle', 24, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'JUICE' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0047', '6931000000476', 'Grape juice 500 ml', '葡萄汁 500 ml', c.id, 'bottle', 15, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'JUICE' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0048', '6931000000483', 'Grape juice 1.5 L', '葡萄汁 1.5 L', c.id, 'bottle', 6, 2, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'JUICE' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0049', '6931000000490', 'Grape juice 250 ml', '葡萄汁 250 ml', c.id, 'can', 24, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'JUICE' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0050', '6931000000506', 'Grape juice 1 L', '葡萄汁 1 L', c.id, 'bottle', 12, 1, 1, 'DRAFT', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'JUICE' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0051', '6931000000513', 'Coconut water 330 ml', '椰子水 330 ml', c.id, 'bottle', 24, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'JUICE' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0052', '6931000000520', 'Coconut water 500 ml', '椰子水 500 ml', c.id, 'bottle', 15, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'JUICE' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0053', '6931000000537', 'Coconut water 1.5 L', '椰子水 1.5 L', c.id, 'bottle', 6, 2, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'JUICE' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0054', '6931000000544', 'Coconut water 250 ml', '椰子水 250 ml', c.id, 'can', 24, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'JUICE' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0055', '6931000000551', 'Coconut water 1 L', '椰子水 1 L', c.id, 'bottle', 12, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'JUICE' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0056', '6931000000568', 'Mineral water 330 ml', '矿泉水 330 ml', c.id, 'bottle', 24, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'WATER' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0057', '6931000000575', 'Mineral water 500 ml', '矿泉水 500 ml', c.id, 'bottle', 15, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'WATER' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0058', '6931000000582', 'Mineral water 1.5 L', '矿泉水 1.5 L', c.id, 'bottle', 6, 2, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'WATER' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0059', '6931000000599', 'Mineral water 250 ml', '矿泉水 250 ml', c.id, 'can', 24, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'WATER' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0060', '6931000000605', 'Mineral water 1 L', '矿泉水 1 L', c.id, 'bottle', 12, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'WATER' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0061', '6931000000612', 'Purified water 330 ml', '纯净水 330 ml', c.id, 'bottle', 24, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'WATER' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0062', '6931000000629', 'Purified water 500 ml', '纯净水 500 ml', c.id, 'bottle', 15, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'WATER' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0063', '6931000000636', 'Purified water 1.5 L', '纯净水 1.5 L', c.id, 'bottle', 6, 2, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'WATER' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0064', '6931000000643', 'Purified water 250 ml', '纯净水 250 ml', c.id, 'can', 24, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'WATER' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0065', '6931000000650', 'Purified water 1 L', '纯净水 1 L', c.id, 'bottle', 12, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'WATER' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0066', '6931000000667', 'Alkaline water 330 ml', '苏打水 330 ml', c.id, 'bottle', 24, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'WATER' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0067', '6931000000674', 'Alkaline water 500 ml', '苏打水 500 ml', c.id, 'bottle', 15, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'WATER' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0068', '6931000000681', 'Alkaline water 1.5 L', '苏打水 1.5 L', c.id, 'bottle', 6, 2, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'WATER' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0069', '6931000000698', 'Alkaline water 250 ml', '苏打水 250 ml', c.id, 'can', 24, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'WATER' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0070', '6931000000704', 'Alkaline water 1 L', '苏打水 1 L', c.id, 'bottle', 12, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'WATER' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0071', '6931000000711', 'Lime soda 330 ml', '青柠苏打 330 ml', c.id, 'bottle', 24, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'SODA' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0072', '6931000000728', 'Lime soda 500 ml', '青柠苏打 500 ml', c.id, 'bottle', 15, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'SODA' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0073', '6931000000735', 'Lime soda 1.5 L', '青柠苏打 1.5 L', c.id, 'bottle', 6, 2, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'SODA' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0074', '6931000000742', 'Lime soda 250 ml', '青柠苏打 250 ml', c.id, 'can', 24, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'SODA' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0075', '6931000000759', 'Lime soda 1 L', '青柠苏打 1 L', c.id, 'bottle', 12, 1, 1, 'DRAFT', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'SODA' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0076', '6931000000766', 'Cola 330 ml', '可乐 330 ml', c.id, 'bottle', 24, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'SODA' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0077', '6931000000773', 'Cola 500 ml', '可乐 500 ml', c.id, 'bottle', 15, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'SODA' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0078', '6931000000780', 'Cola 1.5 L', '可乐 1.5 L', c.id, 'bottle', 6, 2, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'SODA' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0079', '6931000000797', 'Cola 250 ml', '可乐 250 ml', c.id, 'can', 24, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'SODA' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0080', '6931000000803', 'Cola 1 L', '可乐 1 L', c.id, 'bottle', 12, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'SODA' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0081', '6931000000810', 'Peach sparkling water 330 ml', '白桃气泡水 330 ml', c.id, 'bottle', 24, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'SODA' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0082', '6931000000827', 'Peach sparkling water 500 ml', '白桃气泡水 500 ml', c.id, 'bottle', 15, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'SODA' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0083', '6931000000834', 'Peach sparkling water 1.5 L', '白桃气泡水 1.5 L', c.id, 'bottle', 6, 2, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'SODA' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0084', '6931000000841', 'Peach sparkling water 250 ml', '白桃气泡水 250 ml', c.id, 'can', 24, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'SODA' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0085', '6931000000858', 'Peach sparkling water 1 L', '白桃气泡水 1 L', c.id, 'bottle', 12, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'SODA' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0086', '6931000000865', 'Latte 330 ml', '拿铁咖啡 330 ml', c.id, 'bottle', 24, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'COFFEE' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0087', '6931000000872', 'Latte 500 ml', '拿铁咖啡 500 ml', c.id, 'bottle', 15, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'COFFEE' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0088', '6931000000889', 'Latte 1.5 L', '拿铁咖啡 1.5 L', c.id, 'bottle', 6, 2, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'COFFEE' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0089', '6931000000896', 'Latte 250 ml', '拿铁咖啡 250 ml', c.id, 'can', 24, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'COFFEE' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0090', '6931000000902', 'Latte 1 L', '拿铁咖啡 1 L', c.id, 'bottle', 12, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'COFFEE' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0091', '6931000000919', 'Black coffee 330 ml', '黑咖啡 330 ml', c.id, 'bottle', 24, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'COFFEE' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0092', '6931000000926', 'Black coffee 500 ml', '黑咖啡 500 ml', c.id, 'bottle', 15, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'COFFEE' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0093', '6931000000933', 'Black coffee 1.5 L', '黑咖啡 1.5 L', c.id, 'bottle', 6, 2, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'COFFEE' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0094', '6931000000940', 'Black coffee 250 ml', '黑咖啡 250 ml', c.id, 'can', 24, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'COFFEE' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0095', '6931000000957', 'Black coffee 1 L', '黑咖啡 1 L', c.id, 'bottle', 12, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'COFFEE' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0096', '6931000000964', 'Mocha 330 ml', '摩卡咖啡 330 ml', c.id, 'bottle', 24, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'COFFEE' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0097', '6931000000971', 'Mocha 500 ml', '摩卡咖啡 500 ml', c.id, 'bottle', 15, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'COFFEE' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0098', '6931000000988', 'Mocha 1.5 L', '摩卡咖啡 1.5 L', c.id, 'bottle', 6, 2, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'COFFEE' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0099', '6931000000995', 'Mocha 250 ml', '摩卡咖啡 250 ml', c.id, 'can', 24, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'COFFEE' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'FC-0100', '6931000001008', 'Mocha 1 L', '摩卡咖啡 1 L', c.id, 'bottle', 12, 1, 1, 'DRAFT', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'COFFEE' WHERE b.code = 'FRESHCO'
UNION ALL
SELECT b.id, 'GH-0001', '6941000000017', 'Sea salt chips 40 g', '海盐薯片 40 g', c.id, 'bag', 48, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'CHIPS' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0002', '6941000000024', 'Sea salt chips 70 g', '海盐薯片 70 g', c.id, 'bag', 24, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'CHIPS' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0003', '6941000000031', 'Sea salt chips 150 g', '海盐薯片 150 g', c.id, 'bag', 12, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'CHIPS' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0004', '6941000000048', 'Sea salt chips Family 300 g', '海盐薯片 Family 300 g', c.id, 'bag', 8, 2, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'CHIPS' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0005', '6941000000055', 'Sea salt chips Multipack 5x', '海盐薯片 Multipack 5x', c.id, 'pack', 6, 2, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'CHIPS' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0006', '6941000000062', 'BBQ chips 40 g', '烧烤味薯片 40 g', c.id, 'bag', 48, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'CHIPS' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0007', '6941000000079', 'BBQ chips 70 g', '烧烤味薯片 70 g', c.id, 'bag', 24, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'CHIPS' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0008', '6941000000086', 'BBQ chips 150 g', '烧烤味薯片 150 g', c.id, 'bag', 12, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'CHIPS' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0009', '6941000000093', 'BBQ chips Family 300 g', '烧烤味薯片 Family 300 g', c.id, 'bag', 8, 2, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'CHIPS' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0010', '6941000000109', 'BBQ chips Multipack 5x', '烧烤味薯片 Multipack 5x', c.id, 'pack', 6, 2, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'CHIPS' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0011', '6941000000116', 'Cucumber chips 40 g', '黄瓜味薯片 40 g', c.id, 'bag', 48, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'CHIPS' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0012', '6941000000123', 'Cucumber chips 70 g', '黄瓜味薯片 70 g', c.id, 'bag', 24, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'CHIPS' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0013', '6941000000130', 'Cucumber chips 150 g', '黄瓜味薯片 150 g', c.id, 'bag', 12, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'CHIPS' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0014', '6941000000147', 'Cucumber chips Family 300 g', '黄瓜味薯片 Family 300 g', c.id, 'bag', 8, 2, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'CHIPS' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0015', '6941000000154', 'Cucumber chips Multipack 5x', '黄瓜味薯片 Multipack 5x', c.id, 'pack', 6, 2, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'CHIPS' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0016', '6941000000161', 'Spicy crab chips 40 g', '香辣蟹味薯片 40 g', c.id, 'bag', 48, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'CHIPS' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0017', '6941000000178', 'Spicy crab chips 70 g', '香辣蟹味薯片 70 g', c.id, 'bag', 24, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'CHIPS' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0018', '6941000000185', 'Spicy crab chips 150 g', '香辣蟹味薯片 150 g', c.id, 'bag', 12, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'CHIPS' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0019', '6941000000192', 'Spicy crab chips Family 300 g', '香辣蟹味薯片 Family 300 g', c.id, 'bag', 8, 2, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'CHIPS' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0020', '6941000000208', 'Spicy crab chips Multipack 5x', '香辣蟹味薯片 Multipack 5x', c.id, 'pack', 6, 2, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'CHIPS' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0021', '6941000000215', 'Tomato chips 40 g', '番茄味薯片 40 g', c.id, 'bag', 48, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'CHIPS' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0022', '6941000000222', 'Tomato chips 70 g', '番茄味薯片 70 g', c.id, 'bag', 24, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'CHIPS' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0023', '6941000000239', 'Tomato chips 150 g', '番茄味薯片 150 g', c.id, 'bag', 12, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'CHIPS' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0024', '6941000000246', 'Tomato chips Family 300 g', '番茄味薯片 Family 300 g', c.id, 'bag', 8, 2, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'CHIPS' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0025', '6941000000253', 'Tomato chips Multipack 5x', '番茄味薯片 Multipack 5x', c.id, 'pack', 6, 2, 1, 'DRAFT', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'CHIPS' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0026', '6941000000260', 'Butter cookies 40 g', '黄油曲奇 40 g', c.id, 'bag', 48, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'BISCUIT' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0027', '6941000000277', 'Butter cookies 70 g', '黄油曲奇 70 g', c.id, 'bag', 24, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'BISCUIT' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0028', '6941000000284', 'Butter cookies 150 g', '黄油曲奇 150 g', c.id, 'bag', 12, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'BISCUIT' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0029', '6941000000291', 'Butter cookies Family 300 g', '黄油曲奇 Family 300 g', c.id, 'bag', 8, 2, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'BISCUIT' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0030', '6941000000307', 'Butter cookies Multipack 5x', '黄油曲奇 Multipack 5x', c.id, 'pack', 6, 2, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'BISCUIT' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0031', '6941000000314', 'Soda crackers 40 g', '苏打饼干 40 g', c.id, 'bag', 48, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'BISCUIT' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0032', '6941000000321', 'Soda crackers 70 g', '苏打饼干 70 g', c.id, 'bag', 24, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'BISCUIT' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0033', '6941000000338', 'Soda crackers 150 g', '苏打饼干 150 g', c.id, 'bag', 12, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'BISCUIT' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0034', '6941000000345', 'Soda crackers Family 300 g', '苏打饼干 Family 300 g', c.id, 'bag', 8, 2, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'BISCUIT' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0035', '6941000000352', 'Soda crackers Multipack 5x', '苏打饼干 Multipack 5x', c.id, 'pack', 6, 2, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'BISCUIT' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0036', '6941000000369', 'Chocolate wafers 40 g', '巧克力威化 40 g', c.id, 'bag', 48, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'BISCUIT' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0037', '6941000000376', 'Chocolate wafers 70 g', '巧克力威化 70 g', c.id, 'bag', 24, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'BISCUIT' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0038', '6941000000383', 'Chocolate wafers 150 g', '巧克力威化 150 g', c.id, 'bag', 12, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'BISCUIT' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0039', '6941000000390', 'Chocolate wafers Family 300 g', '巧克力威化 Family 300 g', c.id, 'bag', 8, 2, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'BISCUIT' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0040', '6941000000406', 'Chocolate wafers Multipack 5x', '巧克力威化 Multipack 5x', c.id, 'pack', 6, 2, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'BISCUIT' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0041', '6941000000413', 'Egg rolls 40 g', '蛋卷 40 g', c.id, 'bag', 48, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'BISCUIT' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0042', '6941000000420', 'Egg rolls 70 g', '蛋卷 70 g', c.id, 'bag', 24, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'BISCUIT' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0043', '6941000000437', 'Egg rolls 150 g', '蛋卷 150 g', c.id, 'bag', 12, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'BISCUIT' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0044', '6941000000444', 'Egg rolls Family 300 g', '蛋卷 Family 300 g', c.id, 'bag', 8, 2, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'BISCUIT' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0045', '6941000000451', 'Egg rolls Multipack 5x', '蛋卷 Multipack 5x', c.id, 'pack', 6, 2, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'BISCUIT' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0046', '6941000000468', 'Roasted peanuts 40 g', '烤花生 40 g', c.id, 'bag', 48, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'NUTS' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0047', '6941000000475', 'Roasted peanuts 70 g', '烤花生 70 g', c.id, 'bag', 24, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'NUTS' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0048', '6941000000482', 'Roasted peanuts 150 g', '烤花生 150 g', c.id, 'bag', 12, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'NUTS' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0049', '6941000000499', 'Roasted peanuts Family 300 g', '烤花生 Family 300 g', c.id, 'bag', 8, 2, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'NUTS' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0050', '6941000000505', 'Roasted peanuts Multipack 5x', '烤花生 Multipack 5x', c.id, 'pack', 6, 2, 1, 'DRAFT', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'NUTS' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0051', '6941000000512', 'Sunflower seeds 40 g', '香瓜子 40 g', c.id, 'bag', 48, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'NUTS' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0052', '6941000000529', 'Sunflower seeds 70 g', '香瓜子 70 g', c.id, 'bag', 24, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'NUTS' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0053', '6941000000536', 'Sunflower seeds 150 g', '香瓜子 150 g', c.id, 'bag', 12, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'NUTS' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0054', '6941000000543', 'Sunflower seeds Family 300 g', '香瓜子 Family 300 g', c.id, 'bag', 8, 2, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'NUTS' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0055', '6941000000550', 'Sunflower seeds Multipack 5x', '香瓜子 Multipack 5x', c.id, 'pack', 6, 2, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'NUTS' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0056', '6941000000567', 'Mixed nuts 40 g', '每日坚果 40 g', c.id, 'bag', 48, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'NUTS' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0057', '6941000000574', 'Mixed nuts 70 g', '每日坚果 70 g', c.id, 'bag', 24, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'NUTS' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0058', '6941000000581', 'Mixed nuts 150 g', '每日坚果 150 g', c.id, 'bag', 12, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'NUTS' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0059', '6941000000598', 'Mixed nuts Family 300 g', '每日坚果 Family 300 g', c.id, 'bag', 8, 2, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'NUTS' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0060', '6941000000604', 'Mixed nuts Multipack 5x', '每日坚果 Multipack 5x', c.id, 'pack', 6, 2, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'NUTS' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0061', '6941000000611', 'Cashews 40 g', '腰果 40 g', c.id, 'bag', 48, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'NUTS' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0062', '6941000000628', 'Cashews 70 g', '腰果 70 g', c.id, 'bag', 24, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'NUTS' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0063', '6941000000635', 'Cashews 150 g', '腰果 150 g', c.id, 'bag', 12, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'NUTS' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0064', '6941000000642', 'Cashews Family 300 g', '腰果 Family 300 g', c.id, 'bag', 8, 2, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'NUTS' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0065', '6941000000659', 'Cashews Multipack 5x', '腰果 Multipack 5x', c.id, 'pack', 6, 2, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'NUTS' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0066', '6941000000666', 'Braised beef noodles 40 g', '红烧牛肉面 40 g', c.id, 'bag', 48, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'NOODLE' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0067', '6941000000673', 'Braised beef noodles 70 g', '红烧牛肉面 70 g', c.id, 'bag', 24, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'NOODLE' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0068', '6941000000680', 'Braised beef noodles 150 g', '红烧牛肉面 150 g', c.id, 'bag', 12, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'NOODLE' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0069', '6941000000697', 'Braised beef noodles Family 300 g', '红烧牛肉面 Family 300 g', c.id, 'bag', 8, 2, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'NOODLE' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0070', '6941000000703', 'Braised beef noodles Multipack 5x', '红烧牛肉面 Multipack 5x', c.id, 'pack', 6, 2, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'NOODLE' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0071', '6941000000710', 'Pickled cabbage noodles 40 g', '酸菜牛肉面 40 g', c.id, 'bag', 48, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'NOODLE' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0072', '6941000000727', 'Pickled cabbage noodles 70 g', '酸菜牛肉面 70 g', c.id, 'bag', 24, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'NOODLE' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0073', '6941000000734', 'Pickled cabbage noodles 150 g', '酸菜牛肉面 150 g', c.id, 'bag', 12, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'NOODLE' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0074', '6941000000741', 'Pickled cabbage noodles Family 300 g', '酸菜牛肉面 Family 300 g', c.id, 'bag', 8, 2, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'NOODLE' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0075', '6941000000758', 'Pickled cabbage noodles Multipack 5x', '酸菜牛肉面 Multipack 5x', c.id, 'pack', 6, 2, 1, 'DRAFT', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'NOODLE' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0076', '6941000000765', 'Seafood noodles 40 g', '海鲜面 40 g', c.id, 'bag', 48, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'NOODLE' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0077', '6941000000772', 'Seafood noodles 70 g', '海鲜面 70 g', c.id, 'bag', 24, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'NOODLE' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0078', '6941000000789', 'Seafood noodles 150 g', '海鲜面 150 g', c.id, 'bag', 12, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'NOODLE' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0079', '6941000000796', 'Seafood noodles Family 300 g', '海鲜面 Family 300 g', c.id, 'bag', 8, 2, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'NOODLE' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0080', '6941000000802', 'Seafood noodles Multipack 5x', '海鲜面 Multipack 5x', c.id, 'pack', 6, 2, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'NOODLE' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0081', '6941000000819', 'Spicy hot pot noodles 40 g', '麻辣火锅面 40 g', c.id, 'bag', 48, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'NOODLE' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0082', '6941000000826', 'Spicy hot pot noodles 70 g', '麻辣火锅面 70 g', c.id, 'bag', 24, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'NOODLE' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0083', '6941000000833', 'Spicy hot pot noodles 150 g', '麻辣火锅面 150 g', c.id, 'bag', 12, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'NOODLE' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0084', '6941000000840', 'Spicy hot pot noodles Family 300 g', '麻辣火锅面 Family 300 g', c.id, 'bag', 8, 2, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'NOODLE' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0085', '6941000000857', 'Spicy hot pot noodles Multipack 5x', '麻辣火锅面 Multipack 5x', c.id, 'pack', 6, 2, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'NOODLE' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0086', '6941000000864', 'Milk candy 40 g', '奶糖 40 g', c.id, 'bag', 48, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'CANDY' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0087', '6941000000871', 'Milk candy 70 g', '奶糖 70 g', c.id, 'bag', 24, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'CANDY' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0088', '6941000000888', 'Milk candy 150 g', '奶糖 150 g', c.id, 'bag', 12, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'CANDY' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0089', '6941000000895', 'Milk candy Family 300 g', '奶糖 Family 300 g', c.id, 'bag', 8, 2, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'CANDY' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0090', '6941000000901', 'Milk candy Multipack 5x', '奶糖 Multipack 5x', c.id, 'pack', 6, 2, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'CANDY' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0091', '6941000000918', 'Fruit gummies 40 g', '水果软糖 40 g', c.id, 'bag', 48, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'CANDY' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0092', '6941000000925', 'Fruit gummies 70 g', '水果软糖 70 g', c.id, 'bag', 24, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'CANDY' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0093', '6941000000932', 'Fruit gummies 150 g', '水果软糖 150 g', c.id, 'bag', 12, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'CANDY' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0094', '6941000000949', 'Fruit gummies Family 300 g', '水果软糖 Family 300 g', c.id, 'bag', 8, 2, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'CANDY' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0095', '6941000000956', 'Fruit gummies Multipack 5x', '水果软糖 Multipack 5x', c.id, 'pack', 6, 2, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'CANDY' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0096', '6941000000963', 'Mint drops 40 g', '薄荷糖 40 g', c.id, 'bag', 48, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'CANDY' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0097', '6941000000970', 'Mint drops 70 g', '薄荷糖 70 g', c.id, 'bag', 24, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'CANDY' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0098', '6941000000987', 'Mint drops 150 g', '薄荷糖 150 g', c.id, 'bag', 12, 1, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'CANDY' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0099', '6941000000994', 'Mint drops Family 300 g', '薄荷糖 Family 300 g', c.id, 'bag', 8, 2, 1, 'PUBLISHED', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'CANDY' WHERE b.code = 'GOLDEN'
UNION ALL
SELECT b.id, 'GH-0100', '6941000001007', 'Mint drops Multipack 5x', '薄荷糖 Multipack 5x', c.id, 'pack', 6, 2, 1, 'DRAFT', '2026-01-05 02:00:00', '2026-01-05 02:00:00' FROM brand b JOIN category c ON c.brand_id = b.id AND c.code = 'CANDY' WHERE b.code = 'GOLDEN';

INSERT IGNORE INTO sku_price_tier (sku_id, min_cases, case_price)
SELECT s.id, t.min_cases, t.case_price FROM sku s JOIN brand b ON b.id = s.brand_id JOIN (
SELECT 'FRESHCO' AS brand_code, 'FC-0001' AS sku_code, 1 AS min_cases, 159.75 AS case_price
    UNION ALL SELECT 'FRESHCO', 'FC-0001', 10, 151.76
    UNION ALL SELECT 'FRESHCO', 'FC-0001', 50, 143.78
    UNION ALL SELECT 'FRESHCO', 'FC-0002', 1, 39.94
    UNION ALL SELECT 'FRESHCO', 'FC-0002', 10, 37.94
    UNION ALL SELECT 'FRESHCO', 'FC-0002', 50, 35.95
    UNION ALL SELECT 'FRESHCO', 'FC-0003', 1, 25.73
    UNION ALL SELECT 'FRESHCO', 'FC-0003', 10, 24.44
    UNION ALL SELECT 'FRESHCO', 'FC-0003', 50, 23.16
    UNION ALL SELECT 'FRESHCO', 'FC-0004', 1, 85.34
    UNION ALL SELECT 'FRESHCO', 'FC-0004', 10, 81.07
    UNION ALL SELECT 'FRESHCO', 'FC-0004', 50, 76.81
    UNION ALL SELECT 'FRESHCO', 'FC-0005', 1, 87.44
    UNION ALL SELECT 'FRESHCO', 'FC-0005', 10, 83.07
    UNION ALL SELECT 'FRESHCO', 'FC-0005', 50, 78.70
    UNION ALL SELECT 'FRESHCO', 'FC-0006', 1, 165.57
    UNION ALL SELECT 'FRESHCO', 'FC-0006', 10, 157.29
    UNION ALL SELECT 'FRESHCO', 'FC-0006', 50, 149.01
    UNION ALL SELECT 'FRESHCO', 'FC-0007', 1, 124.49
    UNION ALL SELECT 'FRESHCO', 'FC-0007', 10, 118.27
    UNION ALL SELECT 'FRESHCO', 'FC-0007', 50, 112.04
    UNION ALL SELECT 'FRESHCO', 'FC-0008', 1, 18.39
    UNION ALL SELECT 'FRESHCO', 'FC-0008', 10, 17.47
    UNION ALL SELECT 'FRESHCO', 'FC-0008', 50, 16.55
    UNION ALL SELECT 'FRESHCO', 'FC-0009', 1, 113.24
    UNION ALL SELECT 'FRESHCO', 'FC-0009', 10, 107.58
    UNION ALL SELECT 'FRESHCO', 'FC-0009', 50, 101.92
    UNION ALL SELECT 'FRESHCO', 'FC-0010', 1, 32.32
    UNION ALL SELECT 'FRESHCO', 'FC-0010', 10, 30.70
    UNION ALL SELECT 'FRESHCO', 'FC-0010', 50, 29.09
    UNION ALL SELECT 'FRESHCO', 'FC-0011', 1, 94.11
    UNION ALL SELECT 'FRESHCO', 'FC-0011', 10, 89.40
    UNION ALL SELECT 'FRESHCO', 'FC-0011', 50, 84.70
    UNION ALL SELECT 'FRESHCO', 'FC-0012', 1, 86.77
    UNION ALL SELECT 'FRESHCO', 'FC-0012', 10, 82.43
    UNION ALL SELECT 'FRESHCO', 'FC-0012', 50, 78.09
    UNION ALL SELECT 'FRESHCO', 'FC-0013', 1, 16.03
    UNION ALL SELECT 'FRESHCO', 'FC-0013', 10, 15.23
    UNION ALL SELECT 'FRESHCO', 'FC-0013', 50, 14.43
    UNION ALL SELECT 'FRESHCO', 'FC-0014', 1, 81.92
    UNION ALL SELECT 'FRESHCO', 'FC-0014', 10, 77.82
    UNION ALL SELECT 'FRESHCO', 'FC-0014', 50, 73.73
    UNION ALL SELECT 'FRESHCO', 'FC-0015', 1, 80.69
    UNION ALL SELECT 'FRESHCO', 'FC-0015', 10, 76.66
    UNION ALL SELECT 'FRESHCO', 'FC-0015', 50, 72.62
    UNION ALL SELECT 'FRESHCO', 'FC-0016', 1, 145.01
    UNION ALL SELECT 'FRESHCO', 'FC-0016', 10, 137.76
    UNION ALL SELECT 'FRESHCO', 'FC-0016', 50, 130.51
    UNION ALL SELECT 'FRESHCO', 'FC-0017', 1, 58.99
    UNION ALL SELECT 'FRESHCO', 'FC-0017', 10, 56.04
    UNION ALL SELECT 'FRESHCO', 'FC-0017', 50, 53.09
    UNION ALL SELECT 'FRESHCO', 'FC-0018', 1, 37.98
    UNION ALL SELECT 'FRESHCO', 'FC-0018', 10, 36.08
    UNION ALL SELECT 'FRESHCO', 'FC-0018', 50, 34.18
    UNION ALL SELECT 'FRESHCO', 'FC-0019', 1, 167.64
    UNION ALL SELECT 'FRESHCO', 'FC-0019', 10, 159.26
    UNION ALL SELECT 'FRESHCO', 'FC-0019', 50, 150.88
    UNION ALL SELECT 'FRESHCO', 'FC-0020', 1, 30.51
    UNION ALL SELECT 'FRESHCO', 'FC-0020', 10, 28.98
    UNION ALL SELECT 'FRESHCO', 'FC-0020', 50, 27.46
    UNION ALL SELECT 'FRESHCO', 'FC-0021', 1, 185.71
    UNION ALL SELECT 'FRESHCO', 'FC-0021', 10, 176.42
    UNION ALL SELECT 'FRESHCO', 'FC-0021', 50, 167.14
    UNION ALL SELECT 'FRESHCO', 'FC-0022', 1, 105.57
    UNION ALL SELECT 'FRESHCO', 'FC-0022', 10, 100.29
    UNION ALL SELECT 'FRESHCO', 'FC-0022', 50, 95.01
    UNION ALL SELECT 'FRESHCO', 'FC-0023', 1, 28.27
    UNION ALL SELECT 'FRESHCO', 'FC-0023', 10, 26.86
    UNION ALL SELECT 'FRESHCO', 'FC-0023', 50, 25.44
    UNION ALL SELECT 'FRESHCO', 'FC-0024', 1, 75.83
    UNION ALL SELECT 'FRESHCO', 'FC-0024', 10, 72.04
    UNION ALL SELECT 'FRESHCO', 'FC-0024', 50, 68.25
    UNION ALL SELECT 'FRESHCO', 'FC-0025', 1, 104.66
    UNION ALL SELECT 'FRESHCO', 'FC-0025', 10, 99.43
    UNION ALL SELECT 'FRESHCO', 'FC-0025', 50, 94.19
    UNION ALL SELECT 'FRESHCO', 'FC-0026', 1, 112.51
    UNION ALL SELECT 'FRESHCO', 'FC-0026', 10, 106.88
    UNION ALL SELECT 'FRESHCO', 'FC-0026', 50, 101.26
    UNION ALL SELECT 'FRESHCO', 'FC-0027', 1, 46.54
    UNION ALL SELECT 'FRESHCO', 'FC-0027', 10, 44.21
    UNION ALL SELECT 'FRESHCO', 'FC-0027', 50, 41.89
    UNION ALL SELECT 'FRESHCO', 'FC-0028', 1, 18.77
    UNION ALL SELECT 'FRESHCO', 'FC-0028', 10, 17.83
    UNION ALL SELECT 'FRESHCO', 'FC-0028', 50, 16.89
    UNION ALL SELECT 'FRESHCO', 'FC-0029', 1, 172.99
    UNION ALL SELECT 'FRESHCO', 'FC-0029', 10, 164.34
    UNION ALL SELECT 'FRESHCO', 'FC-0029', 50, 155.69
    UNION ALL SELECT 'FRESHCO', 'FC-0030', 1, 77.09
    UNION ALL SELECT 'FRESHCO', 'FC-0030', 10, 73.24
    UNION ALL SELECT 'FRESHCO', 'FC-0030', 50, 69.38
    UNION ALL SELECT 'FRESHCO', 'FC-0031', 1, 185.91
    UNION ALL SELECT 'FRESHCO', 'FC-0031', 10, 176.61
    UNION ALL SELECT 'FRESHCO', 'FC-0031', 50, 167.32
    UNION ALL SELECT 'FRESHCO', 'FC-0032', 1, 108.65
    UNION ALL SELECT 'FRESHCO', 'FC-0032', 10, 103.22
    UNION ALL SELECT 'FRESHCO', 'FC-0032', 50, 97.79
    UNION ALL SELECT 'FRESHCO', 'FC-0033', 1, 35.91
    UNION ALL SELECT 'FRESHCO', 'FC-0033', 10, 34.11
    UNION ALL SELECT 'FRESHCO', 'FC-0033', 50, 32.32
    UNION ALL SELECT 'FRESHCO', 'FC-0034', 1, 190.63
    UNION ALL SELECT 'FRESHCO', 'FC-0034', 10, 181.10
    UNION ALL SELECT 'FRESHCO', 'FC-0034', 50, 171.57
    UNION ALL SELECT 'FRESHCO', 'FC-0035', 1, 59.53
    UNION ALL SELECT 'FRESHCO', 'FC-0035', 10, 56.55
    UNION ALL SELECT 'FRESHCO', 'FC-0035', 50, 53.58
    UNION ALL SELECT 'FRESHCO', 'FC-0036', 1, 146.12
    UNION ALL SELECT 'FRESHCO', 'FC-0036', 10, 138.81
    UNION ALL SELECT 'FRESHCO', 'FC-0036', 50, 131.51
    UNION ALL SELECT 'FRESHCO', 'FC-0037', 1, 118.37
    UNION ALL SELECT 'FRESHCO', 'FC-0037', 10, 112.45
    UNION ALL SELECT 'FRESHCO', 'FC-0037', 50, 106.53
    UNION ALL SELECT 'FRESHCO', 'FC-0038', 1, 39.12
    UNION ALL SELECT 'FRESHCO', 'FC-0038', 10, 37.16
    UNION ALL SELECT 'FRESHCO', 'FC-0038', 50, 35.21
    UNION ALL SELECT 'FRESHCO', 'FC-0039', 1, 174.98
    UNION ALL SELECT 'FRESHCO', 'FC-0039', 10, 166.23
    UNION ALL SELECT 'FRESHCO', 'FC-0039', 50, 157.48
    UNION ALL SELECT 'FRESHCO', 'FC-0040', 1, 75.03
    UNION ALL SELECT 'FRESHCO', 'FC-0040', 10, 71.28
    UNION ALL SELECT 'FRESHCO', 'FC-0040', 50, 67.53
    UNION ALL SELECT 'FRESHCO', 'FC-0041', 1, 169.91
    UNION ALL SELECT 'FRESHCO', 'FC-0041', 10, 161.41
    UNION ALL SELECT 'FRESHCO', 'FC-0041', 50, 152.92
    UNION ALL SELECT 'FRESHCO', 'FC-0042', 1, 41.97
    UNION ALL SELECT 'FRESHCO', 'FC-0042', 10, 39.87
    UNION ALL SELECT 'FRESHCO', 'FC-0042', 50, 37.77
    UNION ALL SELECT 'FRESHCO', 'FC-0043', 1, 23.89
    UNION ALL SELECT 'FRESHCO', 'FC-0043', 10, 22.70
    UNION ALL SELECT 'FRESHCO', 'FC-0043', 50, 21.50
    UNION ALL SELECT 'FRESHCO', 'FC-0044', 1, 94.63
    UNION ALL SELECT 'FRESHCO', 'FC-0044', 10, 89.90
    UNION ALL SELECT 'FRESHCO', 'FC-0044', 50, 85.17
    UNION ALL SELECT 'FRESHCO', 'FC-0045', 1, 36.22
    UNION ALL SELECT 'FRESHCO', 'FC-0045', 10, 34.41
    UNION ALL SELECT 'FRESHCO', 'FC-0045', 50, 32.60
    UNION ALL SELECT 'FRESHCO', 'FC-0046', 1, 96.32
    UNION ALL SELECT 'FRESHCO', 'FC-0046', 10, 91.50
    UNION ALL SELECT 'FRESHCO', 'FC-0046', 50, 86.69
    UNION ALL SELECT 'FRESHCO', 'FC-0047', 1, 47.35
    UNION ALL SELECT 'FRESHCO', 'FC-0047', 10, 44.98
    UNION ALL SELECT 'FRESHCO', 'FC-0047', 50, 42.62
    UNION ALL SELECT 'FRESHCO', 'FC-0048', 1, 25.84
    UNION ALL SELECT 'FRESHCO', 'FC-0048', 10, 24.55
    UNION ALL SELECT 'FRESHCO', 'FC-0048', 50, 23.26
    UNION ALL SELECT 'FRESHCO', 'FC-0049', 1, 143.25
    UNION ALL SELECT 'FRESHCO', 'FC-0049', 10, 136.09
    UNION ALL SELECT 'FRESHCO', 'FC-0049', 50, 128.93
    UNION ALL SELECT 'FRESHCO', 'FC-0050', 1, 58.46
    UNION ALL SELECT 'FRESHCO', 'FC-0050', 10, 55.54
    UNION ALL SELECT 'FRESHCO', 'FC-0050', 50, 52.61
    UNION ALL SELECT 'FRESHCO', 'FC-0051', 1, 117.75
    UNION ALL SELECT 'FRESHCO', 'FC-0051', 10, 111.86
    UNION ALL SELECT 'FRESHCO', 'FC-0051', 50, 105.98
    UNION ALL SELECT 'FRESHCO', 'FC-0052', 1, 57.93
    UNION ALL SELECT 'FRESHCO', 'FC-0052', 10, 55.03
    UNION ALL SELECT 'FRESHCO', 'FC-0052', 50, 52.14
    UNION ALL SELECT 'FRESHCO', 'FC-0053', 1, 25.41
    UNION ALL SELECT 'FRESHCO', 'FC-0053', 10, 24.14
    UNION ALL SELECT 'FRESHCO', 'FC-0053', 50, 22.87
    UNION ALL SELECT 'FRESHCO', 'FC-0054', 1, 185.51
    UNION ALL SELECT 'FRESHCO', 'FC-0054', 10, 176.23
    UNION ALL SELECT 'FRESHCO', 'FC-0054', 50, 166.96
    UNION ALL SELECT 'FRESHCO', 'FC-0055', 1, 80.55
    UNION ALL SELECT 'FRESHCO', 'FC-0055', 10, 76.52
    UNION ALL SELECT 'FRESHCO', 'FC-0055', 50, 72.50
    UNION ALL SELECT 'FRESHCO', 'FC-0056', 1, 155.02
    UNION ALL SELECT 'FRESHCO', 'FC-0056', 10, 147.27
    UNION ALL SELECT 'FRESHCO', 'FC-0056', 50, 139.52
    UNION ALL SELECT 'FRESHCO', 'FC-0057', 1, 54.19
    UNION ALL SELECT 'FRESHCO', 'FC-0057', 10, 51.48
    UNION ALL SELECT 'FRESHCO', 'FC-0057', 50, 48.77
    UNION ALL SELECT 'FRESHCO', 'FC-0058', 1, 43.44
    UNION ALL SELECT 'FRESHCO', 'FC-0058', 10, 41.27
    UNION ALL SELECT 'FRESHCO', 'FC-0058', 50, 39.10
    UNION ALL SELECT 'FRESHCO', 'FC-0059', 1, 76.94
    UNION ALL SELECT 'FRESHCO', 'FC-0059', 10, 73.09
    UNION ALL SELECT 'FRESHCO', 'FC-0059', 50, 69.25
    UNION ALL SELECT 'FRESHCO', 'FC-0060', 1, 59.60
    UNION ALL SELECT 'FRESHCO', 'FC-0060', 10, 56.62
    UNION ALL SELECT 'FRESHCO', 'FC-0060', 50, 53.64
    UNION ALL SELECT 'FRESHCO', 'FC-0061', 1, 214.37
    UNION ALL SELECT 'FRESHCO', 'FC-0061', 10, 203.65
    UNION ALL SELECT 'FRESHCO', 'FC-0061', 50, 192.93
    UNION ALL SELECT 'FRESHCO', 'FC-0062', 1, 99.90
    UNION ALL SELECT 'FRESHCO', 'FC-0062', 10, 94.91
    UNION ALL SELECT 'FRESHCO', 'FC-0062', 50, 89.91
    UNION ALL SELECT 'FRESHCO', 'FC-0063', 1, 36.72
    UNION ALL SELECT 'FRESHCO', 'FC-0063', 10, 34.88
    UNION ALL SELECT 'FRESHCO', 'FC-0063', 50, 33.05
    UNION ALL SELECT 'FRESHCO', 'FC-0064', 1, 150.12
    UNION ALL SELECT 'FRESHCO', 'FC-0064', 10, 142.61
    UNION ALL SELECT 'FRESHCO', 'FC-0064', 50, 135.11
    UNION ALL SELECT 'FRESHCO', 'FC-0065', 1, 95.74
    UNION ALL SELECT 'FRESHCO', 'FC-0065', 10, 90.95
    UNION ALL SELECT 'FRESHCO', 'FC-0065', 50, 86.17
    UNION ALL SELECT 'FRESHCO', 'FC-0066', 1, 181.06
    UNION ALL SELECT 'FRESHCO', 'FC-0066', 10, 172.01
    UNION ALL SELECT 'FRESHCO', 'FC-0066', 50, 162.95
    UNION ALL SELECT 'FRESHCO', 'FC-0067', 1, 59.83
    UNION ALL SELECT 'FRESHCO', 'FC-0067', 10, 56.84
    UNION ALL SELECT 'FRESHCO', 'FC-0067', 50, 53.85
    UNION ALL SELECT 'FRESHCO', 'FC-0068', 1, 16.25
    UNION ALL SELECT 'FRESHCO', 'FC-0068', 10, 15.44
    UNION ALL SELECT 'FRESHCO', 'FC-0068', 50, 14.62
    UNION ALL SELECT 'FRESHCO', 'FC-0069', 1, 98.29
    UNION ALL SELECT 'FRESHCO', 'FC-0069', 10, 93.38
    UNION ALL SELECT 'FRESHCO', 'FC-0069', 50, 88.46
    UNION ALL SELECT 'FRESHCO', 'FC-0070', 1, 50.88
    UNION ALL SELECT 'FRESHCO', 'FC-0070', 10, 48.34
    UNION ALL SELECT 'FRESHCO', 'FC-0070', 50, 45.79
    UNION ALL SELECT 'FRESHCO', 'FC-0071', 1, 92.91
    UNION ALL SELECT 'FRESHCO', 'FC-0071', 10, 88.26
    UNION ALL SELECT 'FRESHCO', 'FC-0071', 50, 83.62
    UNION ALL SELECT 'FRESHCO', 'FC-0072', 1, 129.43
    UNION ALL SELECT 'FRESHCO', 'FC-0072', 10, 122.96
    UNION ALL SELECT 'FRESHCO', 'FC-0072', 50, 116.49
    UNION ALL SELECT 'FRESHCO', 'FC-0073', 1, 49.18
    UNION ALL SELECT 'FRESHCO', 'FC-0073', 10, 46.72
    UNION ALL SELECT 'FRESHCO', 'FC-0073', 50, 44.26
    UNION ALL SELECT 'FRESHCO', 'FC-0074', 1, 98.18
    UNION ALL SELECT 'FRESHCO', 'FC-0074', 10, 93.27
    UNION ALL SELECT 'FRESHCO', 'FC-0074', 50, 88.36
    UNION ALL SELECT 'FRESHCO', 'FC-0075', 1, 81.12
    UNION ALL SELECT 'FRESHCO', 'FC-0075', 10, 77.06
    UNION ALL SELECT 'FRESHCO', 'FC-0075', 50, 73.01
    UNION ALL SELECT 'FRESHCO', 'FC-0076', 1, 121.72
    UNION ALL SELECT 'FRESHCO', 'FC-0076', 10, 115.63
    UNION ALL SELECT 'FRESHCO', 'FC-0076', 50, 109.55
    UNION ALL SELECT 'FRESHCO', 'FC-0077', 1, 126.67
    UNION ALL SELECT 'FRESHCO', 'FC-0077', 10, 120.34
    UNION ALL SELECT 'FRESHCO', 'FC-0077', 50, 114.00
    UNION ALL SELECT 'FRESHCO', 'FC-0078', 1, 32.90
    UNION ALL SELECT 'FRESHCO', 'FC-0078', 10, 31.25
    UNION ALL SELECT 'FRESHCO', 'FC-0078', 50, 29.61
    UNION ALL SELECT 'FRESHCO', 'FC-0079', 1, 91.19
    UNION ALL SELECT 'FRESHCO', 'FC-0079', 10, 86.63
    UNION ALL SELECT 'FRESHCO', 'FC-0079', 50, 82.07
    UNION ALL SELECT 'FRESHCO', 'FC-0080', 1, 49.24
    UNION ALL SELECT 'FRESHCO', 'FC-0080', 10, 46.78
    UNION ALL SELECT 'FRESHCO', 'FC-0080', 50, 44.32
    UNION ALL SELECT 'FRESHCO', 'FC-0081', 1, 147.57
    UNION ALL SELECT 'FRESHCO', 'FC-0081', 10, 140.19
    UNION ALL SELECT 'FRESHCO', 'FC-0081', 50, 132.81
    UNION ALL SELECT 'FRESHCO', 'FC-0082', 1, 63.12
    UNION ALL SELECT 'FRESHCO', 'FC-0082', 10, 59.96
    UNION ALL SELECT 'FRESHCO', 'FC-0082', 50, 56.81
    UNION ALL SELECT 'FRESHCO', 'FC-0083', 1, 37.80
    UNION ALL SELECT 'FRESHCO', 'FC-0083', 10, 35.91
    UNION ALL SELECT 'FRESHCO', 'FC-0083', 50, 34.02
    UNION ALL SELECT 'FRESHCO', 'FC-0084', 1, 180.05
    UNION ALL SELECT 'FRESHCO', 'FC-0084', 10, 171.05
    UNION ALL SELECT 'FRESHCO', 'FC-0084', 50, 162.05
    UNION ALL SELECT 'FRESHCO', 'FC-0085', 1, 61.15
    UNION ALL SELECT 'FRESHCO', 'FC-0085', 10, 58.09
    UNION ALL SELECT 'FRESHCO', 'FC-0085', 50, 55.03
    UNION ALL SELECT 'FRESHCO', 'FC-0086', 1, 94.21
    UNION ALL SELECT 'FRESHCO', 'FC-0086', 10, 89.50
    UNION ALL SELECT 'FRESHCO', 'FC-0086', 50, 84.79
    UNION ALL SELECT 'FRESHCO', 'FC-0087', 1, 134.76
    UNION ALL SELECT 'FRESHCO', 'FC-0087', 10, 128.02
    UNION ALL SELECT 'FRESHCO', 'FC-0087', 50, 121.28
    UNION ALL SELECT 'FRESHCO', 'FC-0088', 1, 34.87
    UNION ALL SELECT 'FRESHCO', 'FC-0088', 10, 33.13
    UNION ALL SELECT 'FRESHCO', 'FC-0088', 50, 31.38
    UNION ALL SELECT 'FRESHCO', 'FC-0089', 1, 66.76
    UNION ALL SELECT 'FRESHCO', 'FC-0089', 10, 63.42
    UNION ALL SELECT 'FRESHCO', 'FC-0089', 50, 60.08
    UNION ALL SELECT 'FRESHCO', 'FC-0090', 1, 33.68
    UNION ALL SELECT 'FRESHCO', 'FC-0090', 10, 32.00
    UNION ALL SELECT 'FRESHCO', 'FC-0090', 50, 30.31
    UNION ALL SELECT 'FRESHCO', 'FC-0091', 1, 77.11
    UNION ALL SELECT 'FRESHCO', 'FC-0091', 10, 73.25
    UNION ALL SELECT 'FRESHCO', 'FC-0091', 50, 69.40
    UNION ALL SELECT 'FRESHCO', 'FC-0092', 1, 98.68
    UNION ALL SELECT 'FRESHCO', 'FC-0092', 10, 93.75
    UNION ALL SELECT 'FRESHCO', 'FC-0092', 50, 88.81
    UNION ALL SELECT 'FRESHCO', 'FC-0093', 1, 45.89
    UNION ALL SELECT 'FRESHCO', 'FC-0093', 10, 43.60
    UNION ALL SELECT 'FRESHCO', 'FC-0093', 50, 41.30
    UNION ALL SELECT 'FRESHCO', 'FC-0094', 1, 113.27
    UNION ALL SELECT 'FRESHCO', 'FC-0094', 10, 107.61
    UNION ALL SELECT 'FRESHCO', 'FC-0094', 50, 101.94
    UNION ALL SELECT 'FRESHCO', 'FC-0095', 1, 34.96
    UNION ALL SELECT 'FRESHCO', 'FC-0095', 10, 33.21
    UNION ALL SELECT 'FRESHCO', 'FC-0095', 50, 31.46
    UNION ALL SELECT 'FRESHCO', 'FC-0096', 1, 119.53
    UNION ALL SELECT 'FRESHCO', 'FC-0096', 10, 113.55
    UNION ALL SELECT 'FRESHCO', 'FC-0096', 50, 107.58
    UNION ALL SELECT 'FRESHCO', 'FC-0097', 1, 134.62
    UNION ALL SELECT 'FRESHCO', 'FC-0097', 10, 127.89
    UNION ALL SELECT 'FRESHCO', 'FC-0097', 50, 121.16
    UNION ALL SELECT 'FRESHCO', 'FC-0098', 1, 35.64
    UNION ALL SELECT 'FRESHCO', 'FC-0098', 10, 33.86
    UNION ALL SELECT 'FRESHCO', 'FC-0098', 50, 32.08
    UNION ALL SELECT 'FRESHCO', 'FC-0099', 1, 190.34
    UNION ALL SELECT 'FRESHCO', 'FC-0099', 10, 180.82
    UNION ALL SELECT 'FRESHCO', 'FC-0099', 50, 171.31
    UNION ALL SELECT 'FRESHCO', 'FC-0100', 1, 97.14
    UNION ALL SELECT 'FRESHCO', 'FC-0100', 10, 92.28
    UNION ALL SELECT 'FRESHCO', 'FC-0100', 50, 87.43
    UNION ALL SELECT 'GOLDEN', 'GH-0001', 1, 123.58
    UNION ALL SELECT 'GOLDEN', 'GH-0001', 10, 117.40
    UNION ALL SELECT 'GOLDEN', 'GH-0001', 50, 111.22
    UNION ALL SELECT 'GOLDEN', 'GH-0002', 1, 172.43
    UNION ALL SELECT 'GOLDEN', 'GH-0002', 10, 163.81
    UNION ALL SELECT 'GOLDEN', 'GH-0002', 50, 155.19
    UNION ALL SELECT 'GOLDEN', 'GH-0003', 1, 83.17
    UNION ALL SELECT 'GOLDEN', 'GH-0003', 10, 79.01
    UNION ALL SELECT 'GOLDEN', 'GH-0003', 50, 74.85
    UNION ALL SELECT 'GOLDEN', 'GH-0004', 1, 47.92
    UNION ALL SELECT 'GOLDEN', 'GH-0004', 10, 45.52
    UNION ALL SELECT 'GOLDEN', 'GH-0004', 50, 43.13
    UNION ALL SELECT 'GOLDEN', 'GH-0005', 1, 25.41
    UNION ALL SELECT 'GOLDEN', 'GH-0005', 10, 24.14
    UNION ALL SELECT 'GOLDEN', 'GH-0005', 50, 22.87
    UNION ALL SELECT 'GOLDEN', 'GH-0006', 1, 319.98
    UNION ALL SELECT 'GOLDEN', 'GH-0006', 10, 303.98
    UNION ALL SELECT 'GOLDEN', 'GH-0006', 50, 287.98
    UNION ALL SELECT 'GOLDEN', 'GH-0007', 1, 77.40
    UNION ALL SELECT 'GOLDEN', 'GH-0007', 10, 73.53
    UNION ALL SELECT 'GOLDEN', 'GH-0007', 50, 69.66
    UNION ALL SELECT 'GOLDEN', 'GH-0008', 1, 63.91
    UNION ALL SELECT 'GOLDEN', 'GH-0008', 10, 60.71
    UNION ALL SELECT 'GOLDEN', 'GH-0008', 50, 57.52
    UNION ALL SELECT 'GOLDEN', 'GH-0009', 1, 43.59
    UNION ALL SELECT 'GOLDEN', 'GH-0009', 10, 41.41
    UNION ALL SELECT 'GOLDEN', 'GH-0009', 50, 39.23
    UNION ALL SELECT 'GOLDEN', 'GH-0010', 1, 52.20
    UNION ALL SELECT 'GOLDEN', 'GH-0010', 10, 49.59
    UNION ALL SELECT 'GOLDEN', 'GH-0010', 50, 46.98
    UNION ALL SELECT 'GOLDEN', 'GH-0011', 1, 393.27
    UNION ALL SELECT 'GOLDEN', 'GH-0011', 10, 373.61
    UNION ALL SELECT 'GOLDEN', 'GH-0011', 50, 353.94
    UNION ALL SELECT 'GOLDEN', 'GH-0012', 1, 101.09
    UNION ALL SELECT 'GOLDEN', 'GH-0012', 10, 96.04
    UNION ALL SELECT 'GOLDEN', 'GH-0012', 50, 90.98
    UNION ALL SELECT 'GOLDEN', 'GH-0013', 1, 69.05
    UNION ALL SELECT 'GOLDEN', 'GH-0013', 10, 65.60
    UNION ALL SELECT 'GOLDEN', 'GH-0013', 50, 62.14
    UNION ALL SELECT 'GOLDEN', 'GH-0014', 1, 29.29
    UNION ALL SELECT 'GOLDEN', 'GH-0014', 10, 27.83
    UNION ALL SELECT 'GOLDEN', 'GH-0014', 50, 26.36
    UNION ALL SELECT 'GOLDEN', 'GH-0015', 1, 50.59
    UNION ALL SELECT 'GOLDEN', 'GH-0015', 10, 48.06
    UNION ALL SELECT 'GOLDEN', 'GH-0015', 50, 45.53
    UNION ALL SELECT 'GOLDEN', 'GH-0016', 1, 391.60
    UNION ALL SELECT 'GOLDEN', 'GH-0016', 10, 372.02
    UNION ALL SELECT 'GOLDEN', 'GH-0016', 50, 352.44
    UNION ALL SELECT 'GOLDEN', 'GH-0017', 1, 106.56
    UNION ALL SELECT 'GOLDEN', 'GH-0017', 10, 101.23
    UNION ALL SELECT 'GOLDEN', 'GH-0017', 50, 95.90
    UNION ALL SELECT 'GOLDEN', 'GH-0018', 1, 79.84
    UNION ALL SELECT 'GOLDEN', 'GH-0018', 10, 75.85
    UNION ALL SELECT 'GOLDEN', 'GH-0018', 50, 71.86
    UNION ALL SELECT 'GOLDEN', 'GH-0019', 1, 51.67
    UNION ALL SELECT 'GOLDEN', 'GH-0019', 10, 49.09
    UNION ALL SELECT 'GOLDEN', 'GH-0019', 50, 46.50
    UNION ALL SELECT 'GOLDEN', 'GH-0020', 1, 20.96
    UNION ALL SELECT 'GOLDEN', 'GH-0020', 10, 19.91
    UNION ALL SELECT 'GOLDEN', 'GH-0020', 50, 18.86
    UNION ALL SELECT 'GOLDEN', 'GH-0021', 1, 357.90
    UNION ALL SELECT 'GOLDEN', 'GH-0021', 10, 340.00
    UNION ALL SELECT 'GOLDEN', 'GH-0021', 50, 322.11
    UNION ALL SELECT 'GOLDEN', 'GH-0022', 1, 144.14
    UNION ALL SELECT 'GOLDEN', 'GH-0022', 10, 136.93
    UNION ALL SELECT 'GOLDEN', 'GH-0022', 50, 129.73
    UNION ALL SELECT 'GOLDEN', 'GH-0023', 1, 90.73
    UNION ALL SELECT 'GOLDEN', 'GH-0023', 10, 86.19
    UNION ALL SELECT 'GOLDEN', 'GH-0023', 50, 81.66
    UNION ALL SELECT 'GOLDEN', 'GH-0024', 1, 47.58
    UNION ALL SELECT 'GOLDEN', 'GH-0024', 10, 45.20
    UNION ALL SELECT 'GOLDEN', 'GH-0024', 50, 42.82
    UNION ALL SELECT 'GOLDEN', 'GH-0025', 1, 15.02
    UNION ALL SELECT 'GOLDEN', 'GH-0025', 10, 14.27
    UNION ALL SELECT 'GOLDEN', 'GH-0025', 50, 13.52
    UNION ALL SELECT 'GOLDEN', 'GH-0026', 1, 221.14
    UNION ALL SELECT 'GOLDEN', 'GH-0026', 10, 210.08
    UNION ALL SELECT 'GOLDEN', 'GH-0026', 50, 199.03
    UNION ALL SELECT 'GOLDEN', 'GH-0027', 1, 63.04
    UNION ALL SELECT 'GOLDEN', 'GH-0027', 10, 59.89
    UNION ALL SELECT 'GOLDEN', 'GH-0027', 50, 56.74
    UNION ALL SELECT 'GOLDEN', 'GH-0028', 1, 102.47
    UNION ALL SELECT 'GOLDEN', 'GH-0028', 10, 97.35
    UNION ALL SELECT 'GOLDEN', 'GH-0028', 50, 92.22
    UNION ALL SELECT 'GOLDEN', 'GH-0029', 1, 65.69
    UNION ALL SELECT 'GOLDEN', 'GH-0029', 10, 62.41
    UNION ALL SELECT 'GOLDEN', 'GH-0029', 50, 59.12
    UNION ALL SELECT 'GOLDEN', 'GH-0030', 1, 47.43
    UNION ALL SELECT 'GOLDEN', 'GH-0030', 10, 45.06
    UNION ALL SELECT 'GOLDEN', 'GH-0030', 50, 42.69
    UNION ALL SELECT 'GOLDEN', 'GH-0031', 1, 215.94
    UNION ALL SELECT 'GOLDEN', 'GH-0031', 10, 205.14
    UNION ALL SELECT 'GOLDEN', 'GH-0031', 50, 194.35
    UNION ALL SELECT 'GOLDEN', 'GH-0032', 1, 69.04
    UNION ALL SELECT 'GOLDEN', 'GH-0032', 10, 65.59
    UNION ALL SELECT 'GOLDEN', 'GH-0032', 50, 62.14
    UNION ALL SELECT 'GOLDEN', 'GH-0033', 1, 98.48
    UNION ALL SELECT 'GOLDEN', 'GH-0033', 10, 93.56
    UNION ALL SELECT 'GOLDEN', 'GH-0033', 50, 88.63
    UNION ALL SELECT 'GOLDEN', 'GH-0034', 1, 69.24
    UNION ALL SELECT 'GOLDEN', 'GH-0034', 10, 65.78
    UNION ALL SELECT 'GOLDEN', 'GH-0034', 50, 62.32
    UNION ALL SELECT 'GOLDEN', 'GH-0035', 1, 18.34
    UNION ALL SELECT 'GOLDEN', 'GH-0035', 10, 17.42
    UNION ALL SELECT 'GOLDEN', 'GH-0035', 50, 16.51
    UNION ALL SELECT 'GOLDEN', 'GH-0036', 1, 271.63
    UNION ALL SELECT 'GOLDEN', 'GH-0036', 10, 258.05
    UNION ALL SELECT 'GOLDEN', 'GH-0036', 50, 244.47
    UNION ALL SELECT 'GOLDEN', 'GH-0037', 1, 70.80
    UNION ALL SELECT 'GOLDEN', 'GH-0037', 10, 67.26
    UNION ALL SELECT 'GOLDEN', 'GH-0037', 50, 63.72
    UNION ALL SELECT 'GOLDEN', 'GH-0038', 1, 89.33
    UNION ALL SELECT 'GOLDEN', 'GH-0038', 10, 84.86
    UNION ALL SELECT 'GOLDEN', 'GH-0038', 50, 80.40
    UNION ALL SELECT 'GOLDEN', 'GH-0039', 1, 59.82
    UNION ALL SELECT 'GOLDEN', 'GH-0039', 10, 56.83
    UNION ALL SELECT 'GOLDEN', 'GH-0039', 50, 53.84
    UNION ALL SELECT 'GOLDEN', 'GH-0040', 1, 20.01
    UNION ALL SELECT 'GOLDEN', 'GH-0040', 10, 19.01
    UNION ALL SELECT 'GOLDEN', 'GH-0040', 50, 18.01
    UNION ALL SELECT 'GOLDEN', 'GH-0041', 1, 268.29
    UNION ALL SELECT 'GOLDEN', 'GH-0041', 10, 254.88
    UNION ALL SELECT 'GOLDEN', 'GH-0041', 50, 241.46
    UNION ALL SELECT 'GOLDEN', 'GH-0042', 1, 145.77
    UNION ALL SELECT 'GOLDEN', 'GH-0042', 10, 138.48
    UNION ALL SELECT 'GOLDEN', 'GH-0042', 50, 131.19
    UNION ALL SELECT 'GOLDEN', 'GH-0043', 1, 50.67
    UNION ALL SELECT 'GOLDEN', 'GH-0043', 10, 48.14
    UNION ALL SELECT 'GOLDEN', 'GH-0043', 50, 45.60
    UNION ALL SELECT 'GOLDEN', 'GH-0044', 1, 65.37
    UNION ALL SELECT 'GOLDEN', 'GH-0044', 10, 62.10
    UNION ALL SELECT 'GOLDEN', 'GH-0044', 50, 58.83
    UNION ALL SELECT 'GOLDEN', 'GH-0045', 1, 31.50
    UNION ALL SELECT 'GOLDEN', 'GH-0045', 10, 29.92
    UNION ALL SELECT 'GOLDEN', 'GH-0045', 50, 28.35
    UNION ALL SELECT 'GOLDEN', 'GH-0046', 1, 186.08
    UNION ALL SELECT 'GOLDEN', 'GH-0046', 10, 176.78
    UNION ALL SELECT 'GOLDEN', 'GH-0046', 50, 167.47
    UNION ALL SELECT 'GOLDEN', 'GH-0047', 1, 144.13
    UNION ALL SELECT 'GOLDEN', 'GH-0047', 10, 136.92
    UNION ALL SELECT 'GOLDEN', 'GH-0047', 50, 129.72
    UNION ALL SELECT 'GOLDEN', 'GH-0048', 1, 86.93
    UNION ALL SELECT 'GOLDEN', 'GH-0048', 10, 82.58
    UNION ALL SELECT 'GOLDEN', 'GH-0048', 50, 78.24
    UNION ALL SELECT 'GOLDEN', 'GH-0049', 1, 30.46
    UNION ALL SELECT 'GOLDEN', 'GH-0049', 10, 28.94
    UNION ALL SELECT 'GOLDEN', 'GH-0049', 50, 27.41
    UNION ALL SELECT 'GOLDEN', 'GH-0050', 1, 27.16
    UNION ALL SELECT 'GOLDEN', 'GH-0050', 10, 25.80
    UNION ALL SELECT 'GOLDEN', 'GH-0050', 50, 24.44
    UNION ALL SELECT 'GOLDEN', 'GH-0051', 1, 430.49
    UNION ALL SELECT 'GOLDEN', 'GH-0051', 10, 408.97
    UNION ALL SELECT 'GOLDEN', 'GH-0051', 50, 387.44
    UNION ALL SELECT 'GOLDEN', 'GH-0052', 1, 161.38
    UNION ALL SELECT 'GOLDEN', 'GH-0052', 10, 153.31
    UNION ALL SELECT 'GOLDEN', 'GH-0052', 50, 145.24
    UNION ALL SELECT 'GOLDEN', 'GH-0053', 1, 64.17
    UNION ALL SELECT 'GOLDEN', 'GH-0053', 10, 60.96
    UNION ALL SELECT 'GOLDEN', 'GH-0053', 50, 57.75
    UNION ALL SELECT 'GOLDEN', 'GH-0054', 1, 46.91
    UNION ALL SELECT 'GOLDEN', 'GH-0054', 10, 44.56
    UNION ALL SELECT 'GOLDEN', 'GH-0054', 50, 42.22
    UNION ALL SELECT 'GOLDEN', 'GH-0055', 1, 19.72
    UNION ALL SELECT 'GOLDEN', 'GH-0055', 10, 18.73
    UNION ALL SELECT 'GOLDEN', 'GH-0055', 50, 17.75
    UNION ALL SELECT 'GOLDEN', 'GH-0056', 1, 190.11
    UNION ALL SELECT 'GOLDEN', 'GH-0056', 10, 180.60
    UNION ALL SELECT 'GOLDEN', 'GH-0056', 50, 171.10
    UNION ALL SELECT 'GOLDEN', 'GH-0057', 1, 112.74
    UNION ALL SELECT 'GOLDEN', 'GH-0057', 10, 107.10
    UNION ALL SELECT 'GOLDEN', 'GH-0057', 50, 101.47
    UNION ALL SELECT 'GOLDEN', 'GH-0058', 1, 75.89
    UNION ALL SELECT 'GOLDEN', 'GH-0058', 10, 72.10
    UNION ALL SELECT 'GOLDEN', 'GH-0058', 50, 68.30
    UNION ALL SELECT 'GOLDEN', 'GH-0059', 1, 31.97
    UNION ALL SELECT 'GOLDEN', 'GH-0059', 10, 30.37
    UNION ALL SELECT 'GOLDEN', 'GH-0059', 50, 28.77
    UNION ALL SELECT 'GOLDEN', 'GH-0060', 1, 23.59
    UNION ALL SELECT 'GOLDEN', 'GH-0060', 10, 22.41
    UNION ALL SELECT 'GOLDEN', 'GH-0060', 50, 21.23
    UNION ALL SELECT 'GOLDEN', 'GH-0061', 1, 142.15
    UNION ALL SELECT 'GOLDEN', 'GH-0061', 10, 135.04
    UNION ALL SELECT 'GOLDEN', 'GH-0061', 50, 127.94
    UNION ALL SELECT 'GOLDEN', 'GH-0062', 1, 158.45
    UNION ALL SELECT 'GOLDEN', 'GH-0062', 10, 150.53
    UNION ALL SELECT 'GOLDEN', 'GH-0062', 50, 142.60
    UNION ALL SELECT 'GOLDEN', 'GH-0063', 1, 47.86
    UNION ALL SELECT 'GOLDEN', 'GH-0063', 10, 45.47
    UNION ALL SELECT 'GOLDEN', 'GH-0063', 50, 43.07
    UNION ALL SELECT 'GOLDEN', 'GH-0064', 1, 67.08
    UNION ALL SELECT 'GOLDEN', 'GH-0064', 10, 63.73
    UNION ALL SELECT 'GOLDEN', 'GH-0064', 50, 60.37
    UNION ALL SELECT 'GOLDEN', 'GH-0065', 1, 48.53
    UNION ALL SELECT 'GOLDEN', 'GH-0065', 10, 46.10
    UNION ALL SELECT 'GOLDEN', 'GH-0065', 50, 43.68
    UNION ALL SELECT 'GOLDEN', 'GH-0066', 1, 142.11
    UNION ALL SELECT 'GOLDEN', 'GH-0066', 10, 135.00
    UNION ALL SELECT 'GOLDEN', 'GH-0066', 50, 127.90
    UNION ALL SELECT 'GOLDEN', 'GH-0067', 1, 97.13
    UNION ALL SELECT 'GOLDEN', 'GH-0067', 10, 92.27
    UNION ALL SELECT 'GOLDEN', 'GH-0067', 50, 87.42
    UNION ALL SELECT 'GOLDEN', 'GH-0068', 1, 82.18
    UNION ALL SELECT 'GOLDEN', 'GH-0068', 10, 78.07
    UNION ALL SELECT 'GOLDEN', 'GH-0068', 50, 73.96
    UNION ALL SELECT 'GOLDEN', 'GH-0069', 1, 31.14
    UNION ALL SELECT 'GOLDEN', 'GH-0069', 10, 29.58
    UNION ALL SELECT 'GOLDEN', 'GH-0069', 50, 28.03
    UNION ALL SELECT 'GOLDEN', 'GH-0070', 1, 20.16
    UNION ALL SELECT 'GOLDEN', 'GH-0070', 10, 19.15
    UNION ALL SELECT 'GOLDEN', 'GH-0070', 50, 18.14
    UNION ALL SELECT 'GOLDEN', 'GH-0071', 1, 411.88
    UNION ALL SELECT 'GOLDEN', 'GH-0071', 10, 391.29
    UNION ALL SELECT 'GOLDEN', 'GH-0071', 50, 370.69
    UNION ALL SELECT 'GOLDEN', 'GH-0072', 1, 149.08
    UNION ALL SELECT 'GOLDEN', 'GH-0072', 10, 141.63
    UNION ALL SELECT 'GOLDEN', 'GH-0072', 50, 134.17
    UNION ALL SELECT 'GOLDEN', 'GH-0073', 1, 66.87
    UNION ALL SELECT 'GOLDEN', 'GH-0073', 10, 63.53
    UNION ALL SELECT 'GOLDEN', 'GH-0073', 50, 60.18
    UNION ALL SELECT 'GOLDEN', 'GH-0074', 1, 60.80
    UNION ALL SELECT 'GOLDEN', 'GH-0074', 10, 57.76
    UNION ALL SELECT 'GOLDEN', 'GH-0074', 50, 54.72
    UNION ALL SELECT 'GOLDEN', 'GH-0075', 1, 46.49
    UNION ALL SELECT 'GOLDEN', 'GH-0075', 10, 44.17
    UNION ALL SELECT 'GOLDEN', 'GH-0075', 50, 41.84
    UNION ALL SELECT 'GOLDEN', 'GH-0076', 1, 179.41
    UNION ALL SELECT 'GOLDEN', 'GH-0076', 10, 170.44
    UNION ALL SELECT 'GOLDEN', 'GH-0076', 50, 161.47
    UNION ALL SELECT 'GOLDEN', 'GH-0077', 1, 75.12
    UNION ALL SELECT 'GOLDEN', 'GH-0077', 10, 71.36
    UNION ALL SELECT 'GOLDEN', 'GH-0077', 50, 67.61
    UNION ALL SELECT 'GOLDEN', 'GH-0078', 1, 63.62
    UNION ALL SELECT 'GOLDEN', 'GH-0078', 10, 60.44
    UNION ALL SELECT 'GOLDEN', 'GH-0078', 50, 57.26
    UNION ALL SELECT 'GOLDEN', 'GH-0079', 1, 42.03
    UNION ALL SELECT 'GOLDEN', 'GH-0079', 10, 39.93
    UNION ALL SELECT 'GOLDEN', 'GH-0079', 50, 37.83
    UNION ALL SELECT 'GOLDEN', 'GH-0080', 1, 33.21
    UNION ALL SELECT 'GOLDEN', 'GH-0080', 10, 31.55
    UNION ALL SELECT 'GOLDEN', 'GH-0080', 50, 29.89
    UNION ALL SELECT 'GOLDEN', 'GH-0081', 1, 347.47
    UNION ALL SELECT 'GOLDEN', 'GH-0081', 10, 330.10
    UNION ALL SELECT 'GOLDEN', 'GH-0081', 50, 312.72
    UNION ALL SELECT 'GOLDEN', 'GH-0082', 1, 165.04
    UNION ALL SELECT 'GOLDEN', 'GH-0082', 10, 156.79
    UNION ALL SELECT 'GOLDEN', 'GH-0082', 50, 148.54
    UNION ALL SELECT 'GOLDEN', 'GH-0083', 1, 106.76
    UNION ALL SELECT 'GOLDEN', 'GH-0083', 10, 101.42
    UNION ALL SELECT 'GOLDEN', 'GH-0083', 50, 96.08
    UNION ALL SELECT 'GOLDEN', 'GH-0084', 1, 25.12
    UNION ALL SELECT 'GOLDEN', 'GH-0084', 10, 23.86
    UNION ALL SELECT 'GOLDEN', 'GH-0084', 50, 22.61
    UNION ALL SELECT 'GOLDEN', 'GH-0085', 1, 30.70
    UNION ALL SELECT 'GOLDEN', 'GH-0085', 10, 29.16
    UNION ALL SELECT 'GOLDEN', 'GH-0085', 50, 27.63
    UNION ALL SELECT 'GOLDEN', 'GH-0086', 1, 225.86
    UNION ALL SELECT 'GOLDEN', 'GH-0086', 10, 214.57
    UNION ALL SELECT 'GOLDEN', 'GH-0086', 50, 203.27
    UNION ALL SELECT 'GOLDEN', 'GH-0087', 1, 194.42
    UNION ALL SELECT 'GOLDEN', 'GH-0087', 10, 184.70
    UNION ALL SELECT 'GOLDEN', 'GH-0087', 50, 174.98
    UNION ALL SELECT 'GOLDEN', 'GH-0088', 1, 49.40
    UNION ALL SELECT 'GOLDEN', 'GH-0088', 10, 46.93
    UNION ALL SELECT 'GOLDEN', 'GH-0088', 50, 44.46
    UNION ALL SELECT 'GOLDEN', 'GH-0089', 1, 29.89
    UNION ALL SELECT 'GOLDEN', 'GH-0089', 10, 28.40
    UNION ALL SELECT 'GOLDEN', 'GH-0089', 50, 26.90
    UNION ALL SELECT 'GOLDEN', 'GH-0090', 1, 32.50
    UNION ALL SELECT 'GOLDEN', 'GH-0090', 10, 30.88
    UNION ALL SELECT 'GOLDEN', 'GH-0090', 50, 29.25
    UNION ALL SELECT 'GOLDEN', 'GH-0091', 1, 251.63
    UNION ALL SELECT 'GOLDEN', 'GH-0091', 10, 239.05
    UNION ALL SELECT 'GOLDEN', 'GH-0091', 50, 226.47
    UNION ALL SELECT 'GOLDEN', 'GH-0092', 1, 103.45
    UNION ALL SELECT 'GOLDEN', 'GH-0092', 10, 98.28
    UNION ALL SELECT 'GOLDEN', 'GH-0092', 50, 93.11
    UNION ALL SELECT 'GOLDEN', 'GH-0093', 1, 49.48
    UNION ALL SELECT 'GOLDEN', 'GH-0093', 10, 47.01
    UNION ALL SELECT 'GOLDEN', 'GH-0093', 50, 44.53
    UNION ALL SELECT 'GOLDEN', 'GH-0094', 1, 68.01
    UNION ALL SELECT 'GOLDEN', 'GH-0094', 10, 64.61
    UNION ALL SELECT 'GOLDEN', 'GH-0094', 50, 61.21
    UNION ALL SELECT 'GOLDEN', 'GH-0095', 1, 32.28
    UNION ALL SELECT 'GOLDEN', 'GH-0095', 10, 30.67
    UNION ALL SELECT 'GOLDEN', 'GH-0095', 50, 29.05
    UNION ALL SELECT 'GOLDEN', 'GH-0096', 1, 388.74
    UNION ALL SELECT 'GOLDEN', 'GH-0096', 10, 369.30
    UNION ALL SELECT 'GOLDEN', 'GH-0096', 50, 349.87
    UNION ALL SELECT 'GOLDEN', 'GH-0097', 1, 145.85
    UNION ALL SELECT 'GOLDEN', 'GH-0097', 10, 138.56
    UNION ALL SELECT 'GOLDEN', 'GH-0097', 50, 131.26
    UNION ALL SELECT 'GOLDEN', 'GH-0098', 1, 33.95
    UNION ALL SELECT 'GOLDEN', 'GH-0098', 10, 32.25
    UNION ALL SELECT 'GOLDEN', 'GH-0098', 50, 30.56
    UNION ALL SELECT 'GOLDEN', 'GH-0099', 1, 71.96
    UNION ALL SELECT 'GOLDEN', 'GH-0099', 10, 68.36
    UNION ALL SELECT 'GOLDEN', 'GH-0099', 50, 64.76
    UNION ALL SELECT 'GOLDEN', 'GH-0100', 1, 47.61
    UNION ALL SELECT 'GOLDEN', 'GH-0100', 10, 45.23
    UNION ALL SELECT 'GOLDEN', 'GH-0100', 50, 42.85
) t ON t.brand_code = b.code AND t.sku_code = s.code;

-- The licence number is not unique (V17): a demo shop is inserted only when its number is not there yet.
INSERT INTO store (name, owner_name, mobile, district_id, street, licence_number, created_at)
SELECT demo.* FROM (
    SELECT 'Lucky Corner Store' AS name, 'Chen Wei' AS owner_name, '13800130001' AS mobile, x.id AS district_id, '11 Renmin Road' AS street, '914403010000007919' AS licence_number, '2026-02-01 03:00:00' AS created_at FROM district x WHERE x.code = 'GD-SZ-NS'
    UNION ALL
    SELECT 'Sunrise Mart', 'Li Na', '13800130002', x.id, '22 Renmin Road', '914403010000015838', '2026-02-01 03:00:00' FROM district x WHERE x.code = 'GD-SZ-FT'
    UNION ALL
    SELECT 'Happy Family Shop', 'Wang Fang', '13800130003', x.id, '33 Renmin Road', '914403010000023757', '2026-02-01 03:00:00' FROM district x WHERE x.code = 'GD-SZ-LH'
    UNION ALL
    SELECT 'Green Leaf Convenience', 'Zhang Min', '13800130004', x.id, '44 Renmin Road', '914403010000031676', '2026-02-01 03:00:00' FROM district x WHERE x.code = 'GD-SZ-BA'
    UNION ALL
    SELECT 'Harbour View Mini Mart', 'Liu Yang', '13800130005', x.id, '55 Renmin Road', '914403010000039595', '2026-02-01 03:00:00' FROM district x WHERE x.code = 'GD-GZ-TH'
    UNION ALL
    SELECT 'Old Street Grocery', 'Huang Lei', '13800130006', x.id, '66 Renmin Road', '914403010000047514', '2026-02-01 03:00:00' FROM district x WHERE x.code = 'GD-GZ-YX'
    UNION ALL
    SELECT 'Bright Star Store', 'Zhao Jing', '13800130007', x.id, '77 Renmin Road', '914403010000055433', '2026-02-01 03:00:00' FROM district x WHERE x.code = 'GD-SZ-NS'
    UNION ALL
    SELECT 'Corner 24', 'Wu Qiang', '13800130008', x.id, '88 Renmin Road', '914403010000063352', '2026-02-01 03:00:00' FROM district x WHERE x.code = 'GD-SZ-FT'
    UNION ALL
    SELECT 'Plum Blossom Shop', 'Zhou Xiu', '13800130009', x.id, '99 Renmin Road', '914403010000071271', '2026-02-01 03:00:00' FROM district x WHERE x.code = 'GD-SZ-LH'
    UNION ALL
    SELECT 'Riverside Grocery', 'Xu Tao', '13800130010', x.id, '110 Renmin Road', '914403010000079190', '2026-02-01 03:00:00' FROM district x WHERE x.code = 'GD-SZ-BA'
    UNION ALL
    SELECT 'Golden Gate Mart', 'Sun Li', '13800130011', x.id, '121 Renmin Road', '914403010000087109', '2026-02-01 03:00:00' FROM district x WHERE x.code = 'GD-GZ-TH'
    UNION ALL
    SELECT 'Little Panda Store', 'Ma Jun', '13800130012', x.id, '132 Renmin Road', '914403010000095028', '2026-02-01 03:00:00' FROM district x WHERE x.code = 'GD-GZ-YX'
    UNION ALL
    SELECT 'Morning Dew Shop', 'Zhu Hong', '13800130013', x.id, '143 Renmin Road', '914403010000102947', '2026-02-01 03:00:00' FROM district x WHERE x.code = 'GD-SZ-NS'
    UNION ALL
    SELECT 'Lotus Convenience', 'Hu Bin', '13800130014', x.id, '154 Renmin Road', '914403010000110866', '2026-02-01 03:00:00' FROM district x WHERE x.code = 'GD-SZ-FT'
    UNION ALL
    SELECT 'Peace Street Store', 'Guo Ping', '13800130015', x.id, '165 Renmin Road', '914403010000118785', '2026-02-01 03:00:00' FROM district x WHERE x.code = 'GD-SZ-LH'
    UNION ALL
    SELECT 'Bamboo Mart', 'He Yun', '13800130016', x.id, '176 Renmin Road', '914403010000126704', '2026-02-01 03:00:00' FROM district x WHERE x.code = 'GD-SZ-BA'
    UNION ALL
    SELECT 'Jade Mini Mart', 'Lin Hui', '13800130017', x.id, '187 Renmin Road', '914403010000134623', '2026-02-01 03:00:00' FROM district x WHERE x.code = 'GD-GZ-TH'
    UNION ALL
    SELECT 'Spring Field Store', 'Luo Gang', '13800130018', x.id, '198 Renmin Road', '914403010000142542', '2026-02-01 03:00:00' FROM district x WHERE x.code = 'GD-GZ-YX'
    UNION ALL
    SELECT 'Harmony Grocery', 'Gao Yan', '13800130019', x.id, '209 Renmin Road', '914403010000150461', '2026-02-01 03:00:00' FROM district x WHERE x.code = 'GD-SZ-NS'
    UNION ALL
    SELECT 'Fortune Corner', 'Liang Kai', '13800130020', x.id, '220 Renmin Road', '914403010000158380', '2026-02-01 03:00:00' FROM district x WHERE x.code = 'GD-SZ-FT'
) demo WHERE NOT EXISTS (SELECT 1 FROM store s WHERE s.licence_number = demo.licence_number);

INSERT IGNORE INTO store_brand (store_id, brand_id, status, tier, applied_at, decided_at, decided_by, decision_reason)
SELECT s.id, b.id, 'VERIFIED', 'STANDARD', '2026-02-01 03:00:00', '2026-02-03 04:00:00', 'freshco.admin', NULL FROM store s JOIN brand b ON b.code = 'FRESHCO' WHERE s.licence_number = '914403010000007919'
UNION ALL
SELECT s.id, b.id, 'VERIFIED', 'STANDARD', '2026-02-01 03:00:00', '2026-02-03 04:00:00', 'golden.admin', NULL FROM store s JOIN brand b ON b.code = 'GOLDEN' WHERE s.licence_number = '914403010000007919'
UNION ALL
SELECT s.id, b.id, 'VERIFIED', 'STANDARD', '2026-02-01 03:00:00', '2026-02-03 04:00:00', 'freshco.admin', NULL FROM store s JOIN brand b ON b.code = 'FRESHCO' WHERE s.licence_number = '914403010000015838'
UNION ALL
SELECT s.id, b.id, 'VERIFIED', 'STANDARD', '2026-02-01 03:00:00', '2026-02-03 04:00:00', 'freshco.admin', NULL FROM store s JOIN brand b ON b.code = 'FRESHCO' WHERE s.licence_number = '914403010000023757'
UNION ALL
SELECT s.id, b.id, 'VERIFIED', 'STANDARD', '2026-02-01 03:00:00', '2026-02-03 04:00:00', 'golden.admin', NULL FROM store s JOIN brand b ON b.code = 'GOLDEN' WHERE s.licence_number = '914403010000023757'
UNION ALL
SELECT s.id, b.id, 'VERIFIED', 'GOLD', '2026-02-01 03:00:00', '2026-02-03 04:00:00', 'freshco.admin', NULL FROM store s JOIN brand b ON b.code = 'FRESHCO' WHERE s.licence_number = '914403010000031676'
UNION ALL
SELECT s.id, b.id, 'VERIFIED', 'STANDARD', '2026-02-01 03:00:00', '2026-02-03 04:00:00', 'freshco.admin', NULL FROM store s JOIN brand b ON b.code = 'FRESHCO' WHERE s.licence_number = '914403010000039595'
UNION ALL
SELECT s.id, b.id, 'VERIFIED', 'STANDARD', '2026-02-01 03:00:00', '2026-02-03 04:00:00', 'golden.admin', NULL FROM store s JOIN brand b ON b.code = 'GOLDEN' WHERE s.licence_number = '914403010000039595'
UNION ALL
SELECT s.id, b.id, 'VERIFIED', 'STANDARD', '2026-02-01 03:00:00', '2026-02-03 04:00:00', 'freshco.admin', NULL FROM store s JOIN brand b ON b.code = 'FRESHCO' WHERE s.licence_number = '914403010000047514'
UNION ALL
SELECT s.id, b.id, 'VERIFIED', 'STANDARD', '2026-02-01 03:00:00', '2026-02-03 04:00:00', 'freshco.admin', NULL FROM store s JOIN brand b ON b.code = 'FRESHCO' WHERE s.licence_number = '914403010000055433'
UNION ALL
SELECT s.id, b.id, 'VERIFIED', 'STANDARD', '2026-02-01 03:00:00', '2026-02-03 04:00:00', 'golden.admin', NULL FROM store s JOIN brand b ON b.code = 'GOLDEN' WHERE s.licence_number = '914403010000055433'
UNION ALL
SELECT s.id, b.id, 'VERIFIED', 'GOLD', '2026-02-01 03:00:00', '2026-02-03 04:00:00', 'freshco.admin', NULL FROM store s JOIN brand b ON b.code = 'FRESHCO' WHERE s.licence_number = '914403010000063352'
UNION ALL
SELECT s.id, b.id, 'VERIFIED', 'STANDARD', '2026-02-01 03:00:00', '2026-02-03 04:00:00', 'freshco.admin', NULL FROM store s JOIN brand b ON b.code = 'FRESHCO' WHERE s.licence_number = '914403010000071271'
UNION ALL
SELECT s.id, b.id, 'VERIFIED', 'STANDARD', '2026-02-01 03:00:00', '2026-02-03 04:00:00', 'golden.admin', NULL FROM store s JOIN brand b ON b.code = 'GOLDEN' WHERE s.licence_number = '914403010000071271'
UNION ALL
SELECT s.id, b.id, 'VERIFIED', 'STANDARD', '2026-02-01 03:00:00', '2026-02-03 04:00:00', 'freshco.admin', NULL FROM store s JOIN brand b ON b.code = 'FRESHCO' WHERE s.licence_number = '914403010000079190'
UNION ALL
SELECT s.id, b.id, 'VERIFIED', 'STANDARD', '2026-02-01 03:00:00', '2026-02-03 04:00:00', 'freshco.admin', NULL FROM store s JOIN brand b ON b.code = 'FRESHCO' WHERE s.licence_number = '914403010000087109'
UNION ALL
SELECT s.id, b.id, 'VERIFIED', 'STANDARD', '2026-02-01 03:00:00', '2026-02-03 04:00:00', 'golden.admin', NULL FROM store s JOIN brand b ON b.code = 'GOLDEN' WHERE s.licence_number = '914403010000087109'
UNION ALL
SELECT s.id, b.id, 'VERIFIED', 'GOLD', '2026-02-01 03:00:00', '2026-02-03 04:00:00', 'freshco.admin', NULL FROM store s JOIN brand b ON b.code = 'FRESHCO' WHERE s.licence_number = '914403010000095028'
UNION ALL
SELECT s.id, b.id, 'APPLIED', NULL, '2026-02-01 03:00:00', NULL, NULL, NULL FROM store s JOIN brand b ON b.code = 'FRESHCO' WHERE s.licence_number = '914403010000102947'
UNION ALL
SELECT s.id, b.id, 'VERIFIED', 'STANDARD', '2026-02-01 03:00:00', '2026-02-03 04:00:00', 'golden.admin', NULL FROM store s JOIN brand b ON b.code = 'GOLDEN' WHERE s.licence_number = '914403010000102947'
UNION ALL
SELECT s.id, b.id, 'APPLIED', NULL, '2026-02-01 03:00:00', NULL, NULL, NULL FROM store s JOIN brand b ON b.code = 'FRESHCO' WHERE s.licence_number = '914403010000110866'
UNION ALL
SELECT s.id, b.id, 'REJECTED', NULL, '2026-02-01 03:00:00', '2026-02-03 04:00:00', 'golden.admin', 'Business licence photo is unreadable; please upload a clearer photo.' FROM store s JOIN brand b ON b.code = 'GOLDEN' WHERE s.licence_number = '914403010000110866'
UNION ALL
SELECT s.id, b.id, 'APPLIED', NULL, '2026-02-01 03:00:00', NULL, NULL, NULL FROM store s JOIN brand b ON b.code = 'FRESHCO' WHERE s.licence_number = '914403010000118785'
UNION ALL
SELECT s.id, b.id, 'VERIFIED', 'STANDARD', '2026-02-01 03:00:00', '2026-02-03 04:00:00', 'golden.admin', NULL FROM store s JOIN brand b ON b.code = 'GOLDEN' WHERE s.licence_number = '914403010000118785'
UNION ALL
SELECT s.id, b.id, 'APPLIED', NULL, '2026-02-01 03:00:00', NULL, NULL, NULL FROM store s JOIN brand b ON b.code = 'FRESHCO' WHERE s.licence_number = '914403010000126704'
UNION ALL
SELECT s.id, b.id, 'APPLIED', NULL, '2026-02-01 03:00:00', NULL, NULL, NULL FROM store s JOIN brand b ON b.code = 'GOLDEN' WHERE s.licence_number = '914403010000134623'
UNION ALL
SELECT s.id, b.id, 'APPLIED', NULL, '2026-02-01 03:00:00', NULL, NULL, NULL FROM store s JOIN brand b ON b.code = 'GOLDEN' WHERE s.licence_number = '914403010000142542'
UNION ALL
SELECT s.id, b.id, 'APPLIED', NULL, '2026-02-01 03:00:00', NULL, NULL, NULL FROM store s JOIN brand b ON b.code = 'GOLDEN' WHERE s.licence_number = '914403010000150461'
UNION ALL
SELECT s.id, b.id, 'APPLIED', NULL, '2026-02-01 03:00:00', NULL, NULL, NULL FROM store s JOIN brand b ON b.code = 'GOLDEN' WHERE s.licence_number = '914403010000158380';

INSERT IGNORE INTO user_account (username, password_hash, role, display_name, brand_id, store_id, distributor_id, created_at)
SELECT 'platform', 'PBKDF2WithHmacSHA512:210000:6HtJPrLcQ1h47lBbmlEYhgxM7ihPaqSHevk8sfTUxDk=:wRTZLhndWtWU7zcn1GnXyMYEfcHC3VPgxhx5p03cXUnLy1GMqfNdv7GQ+r2Kq0xJu9GDXB+2/HBWWIoDtDve/w==', 'PLATFORM_ADMIN', 'Platform Administrator', NULL, NULL, NULL, '2026-01-05 02:00:00' FROM DUAL
UNION ALL
SELECT 'freshco.admin', 'PBKDF2WithHmacSHA512:210000:8lcGlEiagQhyN9zJFAYYgH8icqMxbiffmFBfGsE+CDA=:xA1ZJ/bGhbE/GfvIPQZyTatrEJ9KyyPUtk02aUNRkKR7UnHLvpMr9UR8cqadVlsri3RuGCFBjWLaof6JqDVMiQ==', 'BRAND_ADMIN', 'FreshCo Beverages sales admin', b.id, NULL, NULL, '2026-01-05 02:00:00' FROM brand b WHERE b.code = 'FRESHCO'
UNION ALL
SELECT 'golden.admin', 'PBKDF2WithHmacSHA512:210000:nhFGvCavHMAX8JMy1bVBHWjTMissUgAp8kv5UonUFGM=:Zbon9ru7W6yYVfnFw3UbgRh7bqg7XHV+6oPBxS8/ZQZFS4ATznh8kg1f2xd+7KnirTdGGrqdoe5+Lr+sfFgZMQ==', 'BRAND_ADMIN', 'Golden Harvest Snacks sales admin', b.id, NULL, NULL, '2026-01-05 02:00:00' FROM brand b WHERE b.code = 'GOLDEN'
UNION ALL
SELECT 'store01', 'PBKDF2WithHmacSHA512:210000:rwCuJqmnoYbnS1yUjERH1UhjF9j6pGRtuVryZQQs40A=:MvNADlsQG1AHaOsJUrsHz+SczDmRJUhl5mY+ahAe/GtbtufOSsLj5y7RVmjidpUW4jCJYaUUf8rq+ZX81gtzkw==', 'STORE_OWNER', 'Chen Wei', NULL, s.id, NULL, '2026-02-01 03:00:00' FROM store s WHERE s.licence_number = '914403010000007919'
UNION ALL
SELECT 'store02', 'PBKDF2WithHmacSHA512:210000:dgRC7GEAIEBy83MxXTfY3hxELH7i2R94Ghfx9iQ6Cbk=:/d7I9t8ANFvE49E9acg6CIBDRMfiTp3CUc6OHbqMl94nSKTFMRfWtn2B80mfjojxByk+qRedcB1oIRwsY7be2w==', 'STORE_OWNER', 'Li Na', NULL, s.id, NULL, '2026-02-01 03:00:00' FROM store s WHERE s.licence_number = '914403010000015838'
UNION ALL
SELECT 'store03', 'PBKDF2WithHmacSHA512:210000:P6hubMz4PL9nfjUoBGWrLo+aucNtQO2TR4Ragx571Dw=:ut9nCSTrNsV6daPJqpj+qQkg1I2BSmuSRr/Zpraxom56L0gBmILzLh4sR6W4SnxWZd60/E2TW0u1+IjVnQUZjw==', 'STORE_OWNER', 'Wang Fang', NULL, s.id, NULL, '2026-02-01 03:00:00' FROM store s WHERE s.licence_number = '914403010000023757'
UNION ALL
SELECT 'store04', 'PBKDF2WithHmacSHA512:210000:4bxyAXJFodnhvcYBJG72DBqm+XgPir5MtNL1UOyHTsg=:N3e8qUx/VPHppBTdhT2GYCHJVMEzlLEnEcbNSQC4PjKRyxIcHqmd1ZuuOw+u2cvUVspM86lZgk3YkzhJZfzseg==', 'STORE_OWNER', 'Zhang Min', NULL, s.id, NULL, '2026-02-01 03:00:00' FROM store s WHERE s.licence_number = '914403010000031676'
UNION ALL
SELECT 'store05', 'PBKDF2WithHmacSHA512:210000:uF6JnIA8mP14cgV9Dt+Szd09C18ZCdeq3q/eCONTz4E=:6/bGJ4BFmWxmdThoTjQ2IUpBWAUf3rCCe6FLXVbfcAd5ONfzcDQhmTVE8HQXVgfq0CqjkrxnnXgRRvwSdsQnRA==', 'STORE_OWNER', 'Liu Yang', NULL, s.id, NULL, '2026-02-01 03:00:00' FROM store s WHERE s.licence_number = '914403010000039595'
UNION ALL
SELECT 'store06', 'PBKDF2WithHmacSHA512:210000:gmT8fR1FEGaGplU3ecCIthbajJY2h9cLsSKz4RGnJWk=:CEJJrsO/ApJZvx0K1lCQzlCitB5rEHHJIMJ0DX4G97zakkQjls3LV+PZszKMHuH1XhTj6WGdYavxsdr+bzeWPw==', 'STORE_OWNER', 'Huang Lei', NULL, s.id, NULL, '2026-02-01 03:00:00' FROM store s WHERE s.licence_number = '914403010000047514'
UNION ALL
SELECT 'store07', 'PBKDF2WithHmacSHA512:210000:32ZdCN84gQimQBSmMJSAztW/njX31BCkTNCWld7EXOQ=:Te20gqjU3W8NlvH2SCHmPsmxG/1RkFhM48h9Vlt5TIfnosvurQ7nhVS5l18nCwwUzunRooxfoBCnbgOb19d76w==', 'STORE_OWNER', 'Zhao Jing', NULL, s.id, NULL, '2026-02-01 03:00:00' FROM store s WHERE s.licence_number = '914403010000055433'
UNION ALL
SELECT 'store08', 'PBKDF2WithHmacSHA512:210000:cde+RS7X9rJdzCAgzRr0zqjmTd2QW20/EXjb8HF93EY=:3TlJ7nPYHK25KXkJDqznmvQVo3y1QmnwMn+mXlodecMbJRY20ph6tSiTdXbJEsaVvheaKh7LwpdCQkKTiT8zWQ==', 'STORE_OWNER', 'Wu Qiang', NULL, s.id, NULL, '2026-02-01 03:00:00' FROM store s WHERE s.licence_number = '914403010000063352'
UNION ALL
SELECT 'store09', 'PBKDF2WithHmacSHA512:210000:4L4/5MN2Wn9Q2jDjsTzw8GelWOZg8jGaSplsDboaGzI=:UAwA9OkgXO9sLR8rvabo8CJK6KE6HtKlNr5r8uMBvbArVZifksTteCcbQBDtpuNHNXFsQiLD4XR1DLlyYAPZDg==', 'STORE_OWNER', 'Zhou Xiu', NULL, s.id, NULL, '2026-02-01 03:00:00' FROM store s WHERE s.licence_number = '914403010000071271'
UNION ALL
SELECT 'store10', 'PBKDF2WithHmacSHA512:210000:KkkLX0ljVMYWGLG/rTsPoJifP9HR1vGjPhqnRSNDPuM=:DAZXCYAkyVCw0RtZxIizqSIIXCg1ucl4tc0r+EbrebRONl/p5IefeiVf86/RMyFwXI++hqOSjRYzSJIP0tRJMg==', 'STORE_OWNER', 'Xu Tao', NULL, s.id, NULL, '2026-02-01 03:00:00' FROM store s WHERE s.licence_number = '914403010000079190'
UNION ALL
SELECT 'store11', 'PBKDF2WithHmacSHA512:210000:H7Uz3ISCDNvCS/SB/h8/86aVIum0Ihi6jAJVbEoPyu4=:xjEQSCe5GGLRXsh+R5rkMLvTdMaiHgzGkijK054zigR1F/txH7Mt1rduYQBTLkr8pS17erNa0Ipx+Ixnj+mBUA==', 'STORE_OWNER', 'Sun Li', NULL, s.id, NULL, '2026-02-01 03:00:00' FROM store s WHERE s.licence_number = '914403010000087109'
UNION ALL
SELECT 'store12', 'PBKDF2WithHmacSHA512:210000:heuA999sWn1Xv/lXRWufDD4HemS6yaUdQVpdVqrYamc=:B/+w1hqLF+pK/NXg0+adjMNFHBmWGdn/J9sKQfLy+nxh9yU307SFgTGjHlWV+Zy/mtVhqxU+hSAwa6GuhmMIaA==', 'STORE_OWNER', 'Ma Jun', NULL, s.id, NULL, '2026-02-01 03:00:00' FROM store s WHERE s.licence_number = '914403010000095028'
UNION ALL
SELECT 'store13', 'PBKDF2WithHmacSHA512:210000:SBlwj0vSLkvMjx8Js5vozFQ+o6HU3X1FKZWlWPipxGI=:OXGimKugQmdUofn6nhGMIXNu10dxZbGXKFeqfp1KuslOuAq9xCO2SwwpyurVi2vW4D+3Z48l8ZMOIOGmlvJ2+A==', 'STORE_OWNER', 'Zhu Hong', NULL, s.id, NULL, '2026-02-01 03:00:00' FROM store s WHERE s.licence_number = '914403010000102947'
UNION ALL
SELECT 'store14', 'PBKDF2WithHmacSHA512:210000:qtZtiHYr64FOJWMlQiZ1v5H6ml/Qw7sTLwMRNmJdjI8=:+aZwESJDmCUl63s+aWDgO7d5lPgUW9PGGfsso5GMGPTuzeWb/7LEuaMy1UY7Eh95bYNe7oz2Rf0131FcVhMQbg==', 'STORE_OWNER', 'Hu Bin', NULL, s.id, NULL, '2026-02-01 03:00:00' FROM store s WHERE s.licence_number = '914403010000110866'
UNION ALL
SELECT 'store15', 'PBKDF2WithHmacSHA512:210000:RAzJ8JfZwswDrFMRSPNIvWczjYhvyIA0XeYR4cq+7Hg=:RtkjUfnYQWXMziiQxFrLSdwdbSh7N5iSuP+qImi3DpHZKq00yjcAXHPAxKQb7Shq3r6nd3sJg0qvR1+PvJIgGA==', 'STORE_OWNER', 'Guo Ping', NULL, s.id, NULL, '2026-02-01 03:00:00' FROM store s WHERE s.licence_number = '914403010000118785'
UNION ALL
SELECT 'store16', 'PBKDF2WithHmacSHA512:210000:TEjefIQacizlJaz7WfMW9mV4KpQs169/1EuEK3L6k0I=:KzSLFASJF5bmrUyqtVDRZP7z9YvTsBjJ/pTGVbXY22OtjuYodBK2ybmKf9njFnGcZae2cIlR3sA6JmAErodBeQ==', 'STORE_OWNER', 'He Yun', NULL, s.id, NULL, '2026-02-01 03:00:00' FROM store s WHERE s.licence_number = '914403010000126704'
UNION ALL
SELECT 'store17', 'PBKDF2WithHmacSHA512:210000:BR4wGXaCju15PBQG2ztg8B4hERs/DrHR6vbaIka2IRA=:9c/T7WJJxdzS/aLA5sXknBPPDFVp22+/RW6+fLRtq5PAtD+wKMU1AkM9Zs9Z+C2jP+eqdy6KgWg4qz20EYd87g==', 'STORE_OWNER', 'Lin Hui', NULL, s.id, NULL, '2026-02-01 03:00:00' FROM store s WHERE s.licence_number = '914403010000134623'
UNION ALL
SELECT 'store18', 'PBKDF2WithHmacSHA512:210000:mPAKgkMUje2itv8NINV8TubvmcjgnK4QLSouyqweQJ8=:2Ea0M9ahNL8gey27nXuRcBwtnHk2l46nI5gIKKPdYI5PLFTbbKJYxLJjiQ4zOjWGvnR9e1btrNjzcULn57K8AQ==', 'STORE_OWNER', 'Luo Gang', NULL, s.id, NULL, '2026-02-01 03:00:00' FROM store s WHERE s.licence_number = '914403010000142542'
UNION ALL
SELECT 'store19', 'PBKDF2WithHmacSHA512:210000:x3D8ZfdTP8fNRIFGkTM5kxdZ6bmur/PFQpaIM7hPZ2Q=:5ScR+Ym0viPSrMesPPDPIdIA9eUIYyqNs01t15MHF5VrMpUAlpf0fJVsL0UK5YD4kjDaUlrnzPw3E4qv+0p+dQ==', 'STORE_OWNER', 'Gao Yan', NULL, s.id, NULL, '2026-02-01 03:00:00' FROM store s WHERE s.licence_number = '914403010000150461'
UNION ALL
SELECT 'store20', 'PBKDF2WithHmacSHA512:210000:9OdsgeUcGVHt5WMgmYBGwzUMvv1R5VA367wtU3xu7A4=:UnxacT2csrELSmYo5zAZrJdy9hCJby1D7MWO5YFsbMlkQdkefLSNZfn72/UsGU95yUEWfE3x/3z7DsSCQ9s40g==', 'STORE_OWNER', 'Liang Kai', NULL, s.id, NULL, '2026-02-01 03:00:00' FROM store s WHERE s.licence_number = '914403010000158380'
UNION ALL
SELECT 'pearlriver', 'PBKDF2WithHmacSHA512:210000:wTz3RZu79CCBTzRvWzx0tAMnkvwsHLJMbxa88oSrjB0=:jWU7Eef/ye53CELSzMwPJxtrQcnJtgG+m+LyUHAQ1W0J+jBJGm6hdAOtE7aBI4VlEr4Mz0xkwG2Owf5jtn4QJg==', 'DISTRIBUTOR', 'Pearl River Distribution dispatcher', NULL, NULL, d.id, '2026-01-05 02:00:00' FROM distributor d WHERE d.code = 'PEARLRIVER'
UNION ALL
SELECT 'southgate', 'PBKDF2WithHmacSHA512:210000:9ripTCBnOcQ9UQN4Ax6YxcDbE7gQVvZUyMOleTwckRY=:CX9TCqB+dNJFOmOSY1Cv84+ro7gDvJhEMFCoQPXN5epDB0jsiTTlkbtTrWaJgs6/wuvK81N1SLMJ6JTwA6Tr4w==', 'DISTRIBUTOR', 'Southgate Trading dispatcher', NULL, NULL, d.id, '2026-01-05 02:00:00' FROM distributor d WHERE d.code = 'SOUTHGATE'
UNION ALL
SELECT 'tianhe', 'PBKDF2WithHmacSHA512:210000:cUXSHb4Wokn+jBpWTw1xk7GmTpggesnz0HGXwcmMW2Y=:XHLB0Jzm9BQ//OF7DKHluHuKtAhiL5C0pcVRQnlMy8Bhdq8f7WfN0OLVVU4xthUAPiOj/drZKWX7vWsg7QX1UQ==', 'DISTRIBUTOR', 'Tianhe Wholesale dispatcher', NULL, NULL, d.id, '2026-01-05 02:00:00' FROM distributor d WHERE d.code = 'TIANHE';

-- Stock: each warehouse holds the SKUs of the brands its distributor serves; some low, some out.
INSERT IGNORE INTO stock (warehouse_id, sku_id, on_hand, reserved, updated_at)
SELECT DISTINCT w.id, s.id,
       CASE WHEN (s.id + w.id) % 11 = 0 THEN 0 WHEN (s.id + w.id) % 7 = 0 THEN 3 ELSE 40 + (s.id * 7 + w.id * 13) % 360 END,
       0, '2026-02-10 01:00:00'
FROM warehouse w
JOIN territory t ON t.distributor_id = w.distributor_id
JOIN sku s ON s.brand_id = t.brand_id;
