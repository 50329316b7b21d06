-- Days that differ from the Monday–Friday working week: public holidays and compensatory days off on weekdays
-- (working = false), make-up Saturdays (working = true). Read by calendar.WorkingDayCalendar; administrators edit the
-- calendar in admission-service, whose WorkingCalendarChanged event the platform's subscriber applies here.
CREATE TABLE working_calendar_day (
    day      DATE          PRIMARY KEY,
    working  BOOLEAN       NOT NULL,
    note     VARCHAR(100)
);

-- Seed 2024–2027, the schedule of the public sector (cán bộ, công chức, viên chức; Saturday and Sunday off).
-- Labour Code 2019 art. 112: New Year 1 day; Tết 5 days; Hùng Kings 10/3 lunar; 30/4; 1/5; 2/9 plus 1 adjacent day.
-- A holiday falling on a weekend is compensated on the next working day(s). Lunar dates checked with Hồ Ngọc Đức's
-- Vietnamese lunar calendar algorithm (UTC+7). Sources of the announced schedules:
--   2024: PM approval of MoLISA's plan, Tết 8–14 Feb and National Day 31 Aug–3 Sep (vietnamnews.vn 2023-11-05,
--         dtinews.vn 2023-12-05); 30/4–1/5: 27 Apr–1 May off, Mon 29 Apr swapped with Sat 4 May (MoLISA proposal,
--         e.vnexpress.net 2024-04-04, applied as announced by HCMC, en.sggp.org.vn).
--   2025: Tết 25 Jan–2 Feb, holiday days 27–31 Jan (en.sggp.org.vn 2024-11-27); Hùng Kings Mon 7 Apr; 30 Apr–4 May
--         off, Fri 2 May swapped with Sat 26 Apr (vietnamnews.vn 2025-03-04, en.baochinhphu.vn); National Day
--         30 Aug–2 Sep with Mon 1 Sep (vietnamnews.vn 2025-08-04).
--   2026: New Year 1–4 Jan, Fri 2 Jan swapped with Sat 10 Jan (Government Office, 25 Dec 2025; 24h.com.vn);
--         Tết 14–22 Feb, holiday days Mon 16–Fri 20 Feb (Ministry of Home Affairs, vietnamnews.vn 2025-10-17,
--         vietnammedia.vnanet.vn 2025-10-17); Hùng Kings Sun 26 Apr, compensated Mon 27 Apr; 30 Apr (Thu) and 1 May
--         (Fri); National Day 29 Aug–2 Sep with Tue 1 Sep, Mon 31 Aug swapped with Sat 22 Aug (vietnamnews.vn 2025-10-17).
--   2027: not announced when this was written: the Labour Code defaults, marked 'dự kiến' (provisional); administrators
--         correct them when the government announces the year. Vietnamese Culture Day (24 Nov) is not a paid
--         holiday until the Labour Code is amended (Government resolution 30/NQ-CP, Feb 2026, asked for it).
INSERT INTO working_calendar_day (day, working, note) VALUES
    -- 2024
    ('2024-01-01', FALSE, 'Tết Dương lịch'),
    ('2024-02-08', FALSE, 'Tết Nguyên đán (29 tháng Chạp)'),
    ('2024-02-09', FALSE, 'Tết Nguyên đán (30 tháng Chạp)'),
    ('2024-02-12', FALSE, 'Tết Nguyên đán (mùng 3)'),
    ('2024-02-13', FALSE, 'Tết Nguyên đán: nghỉ bù (mùng 1 vào thứ Bảy)'),
    ('2024-02-14', FALSE, 'Tết Nguyên đán: nghỉ bù (mùng 2 vào Chủ nhật)'),
    ('2024-04-18', FALSE, 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'),
    ('2024-04-29', FALSE, 'Nghỉ hoán đổi, làm bù thứ Bảy 04/05'),
    ('2024-04-30', FALSE, 'Ngày Chiến thắng'),
    ('2024-05-01', FALSE, 'Ngày Quốc tế Lao động'),
    ('2024-05-04', TRUE,  'Làm bù cho thứ Hai 29/04'),
    ('2024-09-02', FALSE, 'Quốc khánh'),
    ('2024-09-03', FALSE, 'Quốc khánh (ngày liền kề)'),
    -- 2025
    ('2025-01-01', FALSE, 'Tết Dương lịch'),
    ('2025-01-27', FALSE, 'Tết Nguyên đán (28 tháng Chạp)'),
    ('2025-01-28', FALSE, 'Tết Nguyên đán (29 tháng Chạp)'),
    ('2025-01-29', FALSE, 'Tết Nguyên đán (mùng 1)'),
    ('2025-01-30', FALSE, 'Tết Nguyên đán (mùng 2)'),
    ('2025-01-31', FALSE, 'Tết Nguyên đán (mùng 3)'),
    ('2025-04-07', FALSE, 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'),
    ('2025-04-26', TRUE,  'Làm bù cho thứ Sáu 02/05'),
    ('2025-04-30', FALSE, 'Ngày Chiến thắng'),
    ('2025-05-01', FALSE, 'Ngày Quốc tế Lao động'),
    ('2025-05-02', FALSE, 'Nghỉ hoán đổi, làm bù thứ Bảy 26/04'),
    ('2025-09-01', FALSE, 'Quốc khánh (ngày liền kề)'),
    ('2025-09-02', FALSE, 'Quốc khánh'),
    -- 2026
    ('2026-01-01', FALSE, 'Tết Dương lịch'),
    ('2026-01-02', FALSE, 'Nghỉ hoán đổi, làm bù thứ Bảy 10/01'),
    ('2026-01-10', TRUE,  'Làm bù cho thứ Sáu 02/01'),
    ('2026-02-16', FALSE, 'Tết Nguyên đán (29 tháng Chạp)'),
    ('2026-02-17', FALSE, 'Tết Nguyên đán (mùng 1)'),
    ('2026-02-18', FALSE, 'Tết Nguyên đán (mùng 2)'),
    ('2026-02-19', FALSE, 'Tết Nguyên đán (mùng 3)'),
    ('2026-02-20', FALSE, 'Tết Nguyên đán (mùng 4)'),
    ('2026-04-27', FALSE, 'Giỗ Tổ Hùng Vương: nghỉ bù (10/3 âm lịch vào Chủ nhật 26/04)'),
    ('2026-04-30', FALSE, 'Ngày Chiến thắng'),
    ('2026-05-01', FALSE, 'Ngày Quốc tế Lao động'),
    ('2026-08-22', TRUE,  'Làm bù cho thứ Hai 31/08'),
    ('2026-08-31', FALSE, 'Nghỉ hoán đổi, làm bù thứ Bảy 22/08'),
    ('2026-09-01', FALSE, 'Quốc khánh (ngày liền kề)'),
    ('2026-09-02', FALSE, 'Quốc khánh'),
    -- 2027 (dự kiến: not yet announced)
    ('2027-01-01', FALSE, 'Tết Dương lịch'),
    ('2027-02-05', FALSE, 'Tết Nguyên đán (29 tháng Chạp) - dự kiến'),
    ('2027-02-08', FALSE, 'Tết Nguyên đán (mùng 3) - dự kiến'),
    ('2027-02-09', FALSE, 'Tết Nguyên đán (mùng 4) - dự kiến'),
    ('2027-02-10', FALSE, 'Tết Nguyên đán: nghỉ bù (mùng 1 vào thứ Bảy) - dự kiến'),
    ('2027-02-11', FALSE, 'Tết Nguyên đán: nghỉ bù (mùng 2 vào Chủ nhật) - dự kiến'),
    ('2027-04-16', FALSE, 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'),
    ('2027-04-30', FALSE, 'Ngày Chiến thắng'),
    ('2027-05-03', FALSE, 'Quốc tế Lao động: nghỉ bù (01/05 vào thứ Bảy)'),
    ('2027-09-02', FALSE, 'Quốc khánh'),
    ('2027-09-03', FALSE, 'Quốc khánh (ngày liền kề) - dự kiến');
