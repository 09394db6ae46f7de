#!/usr/bin/env python3
"""Writes db/demo/221_documents.sql: the demo's documents (văn bản), drafts for comment
and procedures (migration 0100). Run it again after editing; its output is committed.
Numbers follow Nghị định 30/2020: one series per issuer and year (legal documents have
their own). File rows point to van-ban/demo/*.pdf (and thu-tuc/, du-thao/); `portalctl
demo` renders those PDFs from the rows (Vietnamese text; names with "-scan" become
image-only PDFs) and fills in their sizes and hashes."""
import datetime
import os
import random

R = random.Random(20261205)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '221_documents.sql')


def q(s):
    if s is None:
        return 'NULL'
    if isinstance(s, int):
        return str(s)
    return "'" + str(s).replace('\\', '\\\\').replace("'", "''") + "'"


# Real legal documents (abstracts as published), on the office's site (1) as incoming.
# (key, number_symbol, type, issuer, issued, effective, abstract, field, signer, position)
LEGAL = [
    ('nd30', '30/2020/NĐ-CP', 'nghi-dinh', 1, '2020-03-05', '2020-03-05', 'Nghị định về công tác văn thư', 'hanh-chinh', 'Nguyễn Xuân Phúc', 'Thủ tướng'),
    ('nd24', '24/2021/NĐ-CP', 'nghi-dinh', 1, '2021-03-23', '2021-05-10', 'Nghị định quy định việc quản lý trong cơ sở giáo dục mầm non và cơ sở giáo dục phổ thông công lập', 'to-chuc-can-bo', 'Nguyễn Xuân Phúc', 'Thủ tướng'),
    ('nd81', '81/2021/NĐ-CP', 'nghi-dinh', 1, '2021-08-27', '2021-10-15', 'Nghị định quy định về cơ chế thu, quản lý học phí đối với cơ sở giáo dục thuộc hệ thống giáo dục quốc dân và chính sách miễn, giảm học phí, hỗ trợ chi phí học tập; giá dịch vụ trong lĩnh vực giáo dục, đào tạo', 'tai-chinh', 'Phạm Minh Chính', 'Thủ tướng'),
    ('nd97', '97/2023/NĐ-CP', 'nghi-dinh', 1, '2023-12-31', '2023-12-31', 'Nghị định sửa đổi, bổ sung một số điều của Nghị định số 81/2021/NĐ-CP ngày 27 tháng 8 năm 2021 của Chính phủ quy định về cơ chế thu, quản lý học phí', 'tai-chinh', 'Trần Hồng Hà', 'Phó Thủ tướng'),
    ('tt36', '36/2017/TT-BGDĐT', 'thong-tu', 2, '2017-12-28', '2018-02-12', 'Thông tư ban hành Quy chế thực hiện công khai đối với cơ sở giáo dục và đào tạo thuộc hệ thống giáo dục quốc dân', 'phap-che', 'Nguyễn Văn Phúc', 'Thứ trưởng'),
    ('tt09', '09/2024/TT-BGDĐT', 'thong-tu', 2, '2024-06-03', '2024-07-19', 'Thông tư quy định về công khai trong hoạt động của các cơ sở giáo dục thuộc hệ thống giáo dục quốc dân', 'phap-che', 'Phạm Ngọc Thưởng', 'Thứ trưởng'),
    ('tt28', '28/2020/TT-BGDĐT', 'thong-tu', 2, '2020-09-04', '2020-10-20', 'Thông tư ban hành Điều lệ Trường tiểu học', 'giao-duc-tieu-hoc', 'Nguyễn Hữu Độ', 'Thứ trưởng'),
    ('tt27', '27/2020/TT-BGDĐT', 'thong-tu', 2, '2020-09-04', '2020-10-20', 'Thông tư ban hành Quy định đánh giá học sinh tiểu học', 'giao-duc-tieu-hoc', 'Nguyễn Hữu Độ', 'Thứ trưởng'),
    ('tt32', '32/2020/TT-BGDĐT', 'thong-tu', 2, '2020-09-15', '2020-11-01', 'Thông tư ban hành Điều lệ trường trung học cơ sở, trường trung học phổ thông và trường phổ thông có nhiều cấp học', 'giao-duc-trung-hoc', 'Nguyễn Hữu Độ', 'Thứ trưởng'),
    ('tt22', '22/2021/TT-BGDĐT', 'thong-tu', 2, '2021-07-20', '2021-09-05', 'Thông tư quy định về đánh giá học sinh trung học cơ sở và học sinh trung học phổ thông', 'thi-kiem-tra', 'Nguyễn Hữu Độ', 'Thứ trưởng'),
    ('tt29', '29/2024/TT-BGDĐT', 'thong-tu', 2, '2024-12-30', '2025-02-14', 'Thông tư quy định về dạy thêm, học thêm', 'giao-duc-trung-hoc', 'Phạm Ngọc Thưởng', 'Thứ trưởng'),
    ('tt30', '30/2024/TT-BGDĐT', 'thong-tu', 2, '2024-12-30', '2025-02-14', 'Thông tư ban hành Quy chế tuyển sinh trung học cơ sở và tuyển sinh trung học phổ thông', 'tuyen-sinh', 'Phạm Ngọc Thưởng', 'Thứ trưởng'),
    ('tt37', '37/2020/TT-BGDĐT', 'thong-tu', 2, '2020-10-05', '2020-11-20', 'Thông tư sửa đổi, bổ sung một số điều của Quy chế quản lý bằng tốt nghiệp trung học cơ sở, bằng tốt nghiệp trung học phổ thông, văn bằng giáo dục đại học và chứng chỉ của hệ thống giáo dục quốc dân', 'van-bang-chung-chi', 'Nguyễn Văn Phúc', 'Thứ trưởng'),
]

# Abstract patterns per (issuer, type) for the generated ones; {y} school year, {Y} year.
SCHOOL_YEARS = {2024: '2024-2025', 2025: '2025-2026', 2026: '2026-2027'}
PATTERNS = {
    # Bộ GD&ĐT: công văn (sub-units of the ministry)
    (2, 'cong-van'): [
        ('GDTrH', 'V/v hướng dẫn thực hiện nhiệm vụ giáo dục trung học năm học {y}', 'giao-duc-trung-hoc'),
        ('GDTH', 'V/v hướng dẫn thực hiện nhiệm vụ giáo dục tiểu học năm học {y}', 'giao-duc-tieu-hoc'),
        ('GDMN', 'V/v hướng dẫn thực hiện nhiệm vụ giáo dục mầm non năm học {y}', 'giao-duc-mam-non'),
        ('CNTT', 'V/v hướng dẫn thực hiện nhiệm vụ công nghệ thông tin và chuyển đổi số năm học {y}', 'chuyen-doi-so'),
        ('QLCL', 'V/v hướng dẫn tổ chức kỳ thi tốt nghiệp trung học phổ thông năm {Y1}', 'thi-kiem-tra'),
        ('GDCTHSSV', 'V/v tăng cường công tác bảo đảm an toàn trường học, phòng chống đuối nước cho học sinh', 'chinh-tri-tu-tuong'),
    ],
    (2, 'quyet-dinh'): [
        ('', 'Quyết định ban hành Khung kế hoạch thời gian năm học {y} đối với giáo dục mầm non, giáo dục phổ thông và giáo dục thường xuyên', 'hanh-chinh'),
        ('', 'Quyết định phê duyệt danh mục sách giáo khoa lớp 1 đến lớp 12 sử dụng trong cơ sở giáo dục phổ thông', 'giao-duc-trung-hoc'),
    ],
    (2, 'chi-thi'): [
        ('', 'Chỉ thị về nhiệm vụ và giải pháp năm học {y} của ngành Giáo dục', 'hanh-chinh'),
    ],
    (3, 'quyet-dinh'): [
        ('', 'Quyết định ban hành kế hoạch thời gian năm học {y} đối với giáo dục mầm non, giáo dục phổ thông và giáo dục thường xuyên trên địa bàn tỉnh Quảng Nam', 'hanh-chinh'),
        ('', 'Quyết định giao chỉ tiêu biên chế giáo viên các cơ sở giáo dục công lập năm học {y}', 'to-chuc-can-bo'),
        ('', 'Quyết định quy định mức thu học phí đối với cơ sở giáo dục công lập năm học {y} trên địa bàn tỉnh', 'tai-chinh'),
    ],
    (3, 'ke-hoach'): [
        ('', 'Kế hoạch triển khai chuyển đổi số trong ngành giáo dục tỉnh Quảng Nam giai đoạn 2025–2030', 'chuyen-doi-so'),
    ],
    (4, 'cong-van'): [
        ('GDTrH', 'V/v hướng dẫn kiểm tra, đánh giá định kỳ học kỳ I năm học {y} cấp trung học cơ sở', 'thi-kiem-tra'),
        ('GDTrH', 'V/v tổ chức Hội thi giáo viên dạy giỏi cấp tỉnh bậc trung học cơ sở năm học {y}', 'thi-dua-khen-thuong'),
        ('GDMN-TH', 'V/v hướng dẫn nhiệm vụ giáo dục mầm non, tiểu học năm học {y}', 'giao-duc-tieu-hoc'),
        ('TCHC', 'V/v báo cáo số lượng cán bộ, giáo viên, nhân viên đầu năm học {y}', 'to-chuc-can-bo'),
        ('KHTC', 'V/v lập dự toán ngân sách sự nghiệp giáo dục năm {Y1}', 'tai-chinh'),
        ('KTKĐ', 'V/v hướng dẫn tổ chức kỳ thi tuyển sinh vào lớp 10 năm học {y1}', 'tuyen-sinh'),
        ('VP', 'V/v thực hiện chế độ báo cáo thống kê giáo dục năm học {y}', 'hanh-chinh'),
        ('CNTT', 'V/v triển khai học bạ số đối với giáo dục phổ thông', 'chuyen-doi-so'),
    ],
    (4, 'ke-hoach'): [
        ('', 'Kế hoạch kiểm tra công tác phổ cập giáo dục, xóa mù chữ năm {Y}', 'giao-duc-trung-hoc'),
        ('', 'Kế hoạch tổ chức Hội khỏe Phù Đổng cấp tỉnh năm học {y}', 'chinh-tri-tu-tuong'),
    ],
    (4, 'quyet-dinh'): [
        ('', 'Quyết định công nhận kết quả Hội thi giáo viên dạy giỏi cấp tỉnh năm học {y}', 'thi-dua-khen-thuong'),
        ('', 'Quyết định thành lập Hội đồng ra đề thi tuyển sinh vào lớp 10 năm học {y1}', 'tuyen-sinh'),
    ],
    (5, 'quyet-dinh'): [
        ('', 'Quyết định phê duyệt kế hoạch tuyển sinh vào lớp 1 và lớp 6 năm học {y1} trên địa bàn huyện Thanh Bình', 'tuyen-sinh'),
        ('', 'Quyết định điều động, bổ nhiệm cán bộ quản lý các trường học trực thuộc', 'to-chuc-can-bo'),
        ('', 'Quyết định giao dự toán ngân sách năm {Y1} cho các đơn vị trường học', 'tai-chinh'),
        ('', 'Quyết định công nhận xã Hòa Lạc đạt chuẩn phổ cập giáo dục mầm non cho trẻ em 5 tuổi', 'giao-duc-mam-non'),
    ],
    (5, 'cong-van'): [
        ('VX', 'V/v tăng cường công tác phòng, chống dịch bệnh trong trường học', 'chinh-tri-tu-tuong'),
        ('VX', 'V/v đầu tư sửa chữa cơ sở vật chất các trường học trước năm học {y}', 'co-so-vat-chat'),
    ],
    (5, 'ke-hoach'): [
        ('', 'Kế hoạch phát triển giáo dục và đào tạo huyện Thanh Bình năm {Y1}', 'hanh-chinh'),
    ],
    (6, 'cong-van'): [
        ('GDTH', 'V/v hướng dẫn tổ chức ngày hội đọc sách cấp tiểu học năm học {y}', 'giao-duc-tieu-hoc'),
        ('GDTrH', 'V/v tổ chức kiểm tra cuối học kỳ I cấp THCS năm học {y}', 'thi-kiem-tra'),
        ('GDMN', 'V/v đảm bảo an toàn thực phẩm trong bếp ăn bán trú các trường mầm non', 'giao-duc-mam-non'),
        ('TCCB', 'V/v đăng ký nhu cầu bồi dưỡng thường xuyên giáo viên năm học {y}', 'to-chuc-can-bo'),
        ('KHTC', 'V/v quyết toán kinh phí hỗ trợ chi phí học tập học kỳ I năm học {y}', 'tai-chinh'),
        ('VP', 'V/v cập nhật thông tin lên Cổng thông tin điện tử của Phòng', 'chuyen-doi-so'),
        ('GDTrH', 'V/v triển khai Thông tư quy định về dạy thêm, học thêm', 'giao-duc-trung-hoc'),
        ('TCCB', 'V/v rà soát hồ sơ xét thăng hạng chức danh nghề nghiệp giáo viên', 'to-chuc-can-bo'),
    ],
    (6, 'ke-hoach'): [
        ('', 'Kế hoạch thực hiện nhiệm vụ năm học {y} của Phòng Giáo dục và Đào tạo', 'hanh-chinh'),
        ('', 'Kế hoạch tuyển sinh vào lớp 1, lớp 6 năm học {y1}', 'tuyen-sinh'),
        ('', 'Kế hoạch kiểm tra chuyên ngành các trường học năm học {y}', 'phap-che'),
        ('', 'Kế hoạch tổ chức Hội thi giáo viên dạy giỏi cấp huyện năm học {y}', 'thi-dua-khen-thuong'),
        ('', 'Kế hoạch triển khai chuyển đổi số trong các trường học năm học {y}', 'chuyen-doi-so'),
    ],
    (6, 'quyet-dinh'): [
        ('', 'Quyết định thành lập Đoàn kiểm tra công tác chuẩn bị năm học mới {y}', 'phap-che'),
        ('', 'Quyết định công nhận giáo viên dạy giỏi cấp huyện năm học {y}', 'thi-dua-khen-thuong'),
        ('', 'Quyết định thành lập Hội đồng xét công nhận tốt nghiệp THCS năm học {y0}', 'van-bang-chung-chi'),
        ('', 'Quyết định khen thưởng học sinh giỏi cấp huyện năm học {y}', 'thi-dua-khen-thuong'),
    ],
    (6, 'thong-bao'): [
        ('', 'Thông báo kết luận của Trưởng phòng tại cuộc họp giao ban hiệu trưởng tháng {M}/{Y}', 'hanh-chinh'),
        ('', 'Thông báo lịch tiếp công dân của lãnh đạo Phòng quý {Q} năm {Y}', 'hanh-chinh'),
        ('', 'Thông báo kết quả Hội thi giáo viên chủ nhiệm lớp giỏi cấp huyện năm học {y}', 'thi-dua-khen-thuong'),
    ],
    (6, 'huong-dan'): [
        ('', 'Hướng dẫn thực hiện nhiệm vụ giáo dục trung học cơ sở năm học {y}', 'giao-duc-trung-hoc'),
        ('', 'Hướng dẫn công tác thi đua, khen thưởng năm học {y}', 'thi-dua-khen-thuong'),
        ('', 'Hướng dẫn thu, chi các khoản thu đầu năm học {y}', 'tai-chinh'),
    ],
    (6, 'bao-cao'): [
        ('', 'Báo cáo tổng kết năm học {y0} và phương hướng nhiệm vụ năm học {y}', 'hanh-chinh'),
        ('', 'Báo cáo kết quả công tác phổ cập giáo dục, xóa mù chữ năm {Y}', 'giao-duc-trung-hoc'),
        ('', 'Báo cáo sơ kết học kỳ I năm học {y}', 'hanh-chinh'),
    ],
    (9, 'quyet-dinh'): [
        ('', 'Quyết định thành lập tổ chuyên môn năm học {y}', 'to-chuc-can-bo'),
        ('', 'Quyết định ban hành Quy chế chi tiêu nội bộ năm {Y1}', 'tai-chinh'),
    ],
    (9, 'ke-hoach'): [
        ('', 'Kế hoạch giáo dục nhà trường năm học {y}', 'giao-duc-trung-hoc'),
        ('', 'Kế hoạch bồi dưỡng học sinh giỏi năm học {y}', 'giao-duc-trung-hoc'),
    ],
    (9, 'thong-bao'): [
        ('', 'Thông báo tuyển sinh vào lớp 6 năm học {y1}', 'tuyen-sinh'),
    ],
    (8, 'ke-hoach'): [
        ('', 'Kế hoạch tổ chức Ngày hội đọc sách năm học {y}', 'giao-duc-tieu-hoc'),
    ],
    (8, 'thong-bao'): [
        ('', 'Thông báo tuyển sinh vào lớp 1 năm học {y1}', 'tuyen-sinh'),
    ],
    (7, 'ke-hoach'): [
        ('', 'Kế hoạch chăm sóc, nuôi dưỡng, giáo dục trẻ năm học {y}', 'giao-duc-mam-non'),
    ],
}
ISSUER_CODES = {1: 'CP', 2: 'BGDĐT', 3: 'UBND', 4: 'SGDĐT', 5: 'UBND', 6: 'PGDĐT', 7: 'MNHS', 8: 'THKĐ', 9: 'THCSNGT', 10: 'THCSLQĐ'}
ISSUER_SITE = {7: 2, 8: 5, 9: 8, 10: 9}
TYPE_SYMBOL = {'quyet-dinh': 'QĐ', 'ke-hoach': 'KH', 'thong-bao': 'TB', 'huong-dan': 'HD', 'bao-cao': 'BC', 'chi-thi': 'CT', 'cong-van': ''}
SIGNERS = {
    2: [('Phạm Ngọc Thưởng', 'Thứ trưởng'), ('Lê Tấn Dũng', 'Thứ trưởng'), ('Nguyễn Kim Sơn', 'Bộ trưởng')],
    3: [('Trần Anh Tuấn', 'Phó Chủ tịch')],
    4: [('Nguyễn Thị Minh Hằng', 'Giám đốc'), ('Phan Văn Lợi', 'Phó Giám đốc')],
    5: [('Lê Văn Hòa', 'Chủ tịch'), ('Võ Thị Thanh', 'Phó Chủ tịch')],
    6: [('Trần Quốc Bảo', 'Trưởng phòng'), ('Nguyễn Thị Lan', 'Phó Trưởng phòng')],
    7: [('Huỳnh Thị Mai', 'Hiệu trưởng')],
    8: [('Phan Thị Thu', 'Hiệu trưởng')],
    9: [('Nguyễn Văn Thành', 'Hiệu trưởng'), ('Lê Thị Ngọc', 'Phó Hiệu trưởng')],
    10: [('Đặng Văn Lâm', 'Hiệu trưởng')],
}
# How many generated documents per issuer and year.
COUNTS = {2: 5, 3: 3, 4: 12, 5: 5, 6: 18, 7: 1, 8: 2, 9: 4}

docs = []  # dicts
next_id = 1
for key, ns, tcode, issuer, issued, eff, abstract, field, signer, pos in LEGAL:
    number, year = ns.split('/')[0], int(ns.split('/')[1])
    tsym = ns.split('/')[2].split('-')[0]
    docs.append(dict(id=next_id, key=key, site=1, type=tcode, issuer=issuer, ns=ns, number=int(number), year=year,
                     tsym=tsym, isym=ISSUER_CODES[issuer], sub='', abstract=abstract, field=field,
                     signer=signer, pos=pos, issued=issued, eff=eff, direction='den', vis='cong-khai'))
    next_id += 1

for year in (2024, 2025, 2026):
    last_day = datetime.date(2026, 12, 4) if year == 2026 else datetime.date(year, 12, 28)
    for issuer, count in COUNTS.items():
        patterns = [(t, p) for (i, t), ps in PATTERNS.items() if i == issuer for p in ps]
        days = sorted(R.sample(range((last_day - datetime.date(year, 1, 3)).days), count))
        numbers = sorted(R.sample(range(5, {2: 5900, 3: 2800, 4: 3600, 5: 1900, 6: 980}.get(issuer, 160)), count))
        for n, (day, number) in enumerate(zip(days, numbers)):
            tcode, (sub, pat, field) = patterns[(n + year) % len(patterns)]
            date = datetime.date(year, 1, 3) + datetime.timedelta(days=day)
            sy = year if date.month >= 8 else year - 1
            abstract = pat.format(y='%d-%d' % (sy, sy + 1), y0='%d-%d' % (sy - 1, sy), y1='%d-%d' % (sy + 1, sy + 2),
                                  Y=year, Y1=year + 1, M=date.month, Q=(date.month - 1) // 3 + 1)
            isym = ISSUER_CODES[issuer]
            tsym = TYPE_SYMBOL[tcode]
            ns = '%s/%s-%s' % (('%02d' % number) if number < 10 else number, tsym, isym) if tsym else '%d/%s-%s' % (number, isym, sub)
            signer, pos = SIGNERS[issuer][n % len(SIGNERS[issuer])]
            site = ISSUER_SITE.get(issuer, 1)
            direction = 'di' if issuer in (6, 7, 8, 9, 10) else 'den'
            eff = date.isoformat() if tcode in ('quyet-dinh', 'chi-thi') else None
            docs.append(dict(id=next_id, key=None, site=site, type=tcode, issuer=issuer, ns=ns, number=number, year=year,
                             tsym=tsym, isym=isym, sub=sub if not tsym else '', abstract=abstract, field=field,
                             signer=signer, pos=pos, issued=date.isoformat(), eff=eff, direction=direction,
                             vis='cong-khai'))
            next_id += 1

by_key = {d['key']: d for d in docs if d['key']}
# Validity: TT 36/2017 replaced by TT 09/2024; ND 81/2021 amended by ND 97/2023 (related).
by_key['tt36']['validity'] = 'bi-thay-the'
by_key['tt36']['replaced_by'] = by_key['tt09']['id']
by_key['tt36']['expires'] = '2024-07-19'
# A few internal documents of the office (staff only).
internal = [d for d in docs if d['site'] == 1 and d['issuer'] == 6 and d['type'] in ('bao-cao', 'cong-van')][:4]
for d in internal:
    d['vis'] = 'noi-bo'
# Expired plans: those of school year 2024-2025 and before.
for d in docs:
    if d['type'] == 'ke-hoach' and d['issued'] < '2025-06-01':
        d['validity'] = 'het-hieu-luc'
        d['expires'] = '2025-05-31'

# Schools re-post superior documents (same number, another site: allowed by the key).
reposts = []
for key in ('tt29', 'tt30', 'tt22'):
    d = dict(by_key[key])
    d.update(id=next_id, key=None, site=8)
    reposts.append(d)
    next_id += 1
docs.extend(reposts)

# Files: PDFs rendered at demo time; every 4th public document, both scans, one internal.
files = []
scans = {by_key['tt37']['id'], [d for d in docs if d['issuer'] == 4][3]['id']}
for d in docs:
    if d['key'] or d['id'] % 4 == 0 or d['id'] in scans or d is internal[0]:
        suffix = '-scan' if d['id'] in scans else ''
        name = d['ns'].replace('/', '_') + '.pdf'
        files.append((d['id'], 'van-ban/demo/%d%s.pdf' % (d['id'], suffix), name, 'application/pdf'))

# Related documents.
relations = [(by_key['nd97']['id'], by_key['nd81']['id'], 'sua-doi'),
             (by_key['tt22']['id'], by_key['tt32']['id'], 'lien-quan'),
             (by_key['tt27']['id'], by_key['tt28']['id'], 'lien-quan')]
guide = [d for d in docs if 'dạy thêm, học thêm' in d['abstract'] and d['issuer'] == 6]
for d in guide:
    relations.append((d['id'], by_key['tt29']['id'], 'huong-dan'))

lines = ['-- Generated by db/demo/documents/generate.py; edit that, not this.']
lines.append('INSERT INTO documents (id, site_id, type_code, issuer_id, number_symbol, number, year, type_symbol, '
             'issuer_symbol, sub_unit, abstract, field_code, signer_name, signer_position, issued_on, effective_on, '
             'expires_on, validity, direction, visibility, created_at) VALUES')
rows = []
for d in docs:
    rows.append('(%s)' % ', '.join(q(x) for x in [
        d['id'], d['site'], d['type'], d['issuer'], d['ns'], d['number'], d['year'], d['tsym'], d['isym'],
        d['sub'], d['abstract'], d['field'], d['signer'], d['pos'], d['issued'], d['eff'], d.get('expires'),
        d.get('validity', 'con-hieu-luc'), d['direction'], d['vis'], d['issued'] + ' 02:30:00']))
lines.append(',\n'.join(rows) + ';')
for d in docs:
    if d.get('replaced_by'):
        lines.append('UPDATE documents SET replaced_by_id = %d WHERE id = %d;' % (d['replaced_by'], d['id']))
lines.append('INSERT INTO document_relations (document_id, related_id, kind) VALUES')
lines.append(',\n'.join('(%d, %d, %s)' % (a, b, q(k)) for a, b, k in relations) + ';')
lines.append("-- size and sha256 are filled in by `portalctl demo` when it renders the PDFs.")
lines.append('INSERT INTO document_files (document_id, path, file_name, mime, size, sha256) VALUES')
lines.append(',\n'.join('(%d, %s, %s, %s, 0, %s)' % (a, q(p), q(n), q(m), q('0' * 64)) for a, p, n, m in files) + ';')
with open(OUT, 'w', encoding='utf-8') as f:
    f.write('\n'.join(lines) + '\n')
print('documents:', len(docs), 'files:', len(files))

# ---- drafts for comment (dự thảo lấy ý kiến) and procedures (thủ tục hành chính) ----
DRAFTS = [
    (1, 1, 'Dự thảo Quy định về dạy thêm, học thêm trên địa bàn huyện Thanh Bình',
     'Phòng Giáo dục và Đào tạo lấy ý kiến góp ý của cán bộ, giáo viên, cha mẹ học sinh và nhân dân đối với dự thảo Quy định về quản lý dạy thêm, học thêm trên địa bàn huyện, thực hiện Thông tư số 29/2024/TT-BGDĐT. Ý kiến góp ý gửi qua biểu mẫu dưới đây hoặc bằng văn bản về Phòng (bộ phận Giáo dục trung học).',
     'giao-duc-trung-hoc', 'Bộ phận Giáo dục trung học', '2026-11-20 01:00:00', '2027-01-15 10:00:00'),
    (2, 1, 'Dự thảo Kế hoạch tuyển sinh vào lớp 1, lớp 6 năm học 2026-2027',
     'Dự thảo kế hoạch tuyển sinh đầu cấp, phân tuyến tuyển sinh theo địa bàn xã, thị trấn. Thời gian lấy ý kiến đã kết thúc; Phòng đang tổng hợp, tiếp thu ý kiến góp ý.',
     'tuyen-sinh', 'Bộ phận Giáo dục tiểu học', '2026-03-02 01:00:00', '2026-03-31 10:00:00'),
    (3, 1, 'Dự thảo Quy chế quản lý, sử dụng Cổng thông tin điện tử ngành Giáo dục huyện Thanh Bình',
     'Lấy ý kiến các trường học và người sử dụng về dự thảo Quy chế quản lý, vận hành, cung cấp thông tin trên Cổng thông tin điện tử của Phòng và các trường trực thuộc.',
     'chuyen-doi-so', 'Văn phòng', '2026-12-01 01:00:00', '2026-12-31 10:00:00'),
]
lines = ['-- Generated by db/demo/documents/generate.py; edit that, not this.']
lines.append('INSERT INTO document_drafts (id, site_id, title, summary, field_code, drafting_unit, opens_at, closes_at) VALUES')
lines.append(',\n'.join('(%s)' % ', '.join(q(x) for x in d) for d in DRAFTS) + ';')
lines.append('INSERT INTO draft_files (draft_id, path, file_name, mime, size, sha256) VALUES')
lines.append(',\n'.join('(%d, %s, %s, %s, 0, %s)' % (d[0], q('du-thao/demo/%d.pdf' % d[0]), q('du-thao-%d.pdf' % d[0]),
                                                      q('application/pdf'), q('0' * 64)) for d in DRAFTS) + ';')
lines.append('INSERT INTO draft_comments (draft_id, name, email, body, created_at) VALUES')
lines.append(',\n'.join([
    "(2, 'Nguyễn Văn Hải', 'haint@example.vn', 'Đề nghị công bố sớm danh sách tuyến tuyển sinh của từng trường để cha mẹ học sinh chủ động.', '2026-03-10 03:12:00')",
    "(2, 'Trần Thị Mỹ', '', 'Nên cho phép học sinh ở thôn Lạc Thành đăng ký vào THCS Trần Hưng Đạo vì gần hơn.', '2026-03-18 08:40:00')",
    "(1, 'Lê Thị Hoa', 'hoalt@example.vn', 'Đề nghị quy định rõ việc giáo viên không được dạy thêm học sinh lớp mình chủ nhiệm có thu tiền.', '2026-11-25 02:05:00')",
]) + ';')

# Procedures at the district (and commune, school) level, with their usual parts.
P = [
    ('1.004494', 'Thành lập trường mầm non công lập hoặc cho phép thành lập trường mầm non dân lập, tư thục', 'giao-duc-mam-non', 'huyen', '20 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ', 'Không', 'Quyết định thành lập hoặc cho phép thành lập', 'toan-trinh'),
    ('1.004485', 'Cho phép trường mầm non hoạt động giáo dục', 'giao-duc-mam-non', 'huyen', '20 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ', 'Không', 'Quyết định cho phép hoạt động giáo dục', 'toan-trinh'),
    ('1.004475', 'Sáp nhập, chia, tách trường mầm non', 'giao-duc-mam-non', 'huyen', '20 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ', 'Không', 'Quyết định sáp nhập, chia, tách', 'mot-phan'),
    ('1.004443', 'Giải thể trường mầm non (theo đề nghị của tổ chức, cá nhân đề nghị thành lập)', 'giao-duc-mam-non', 'huyen', '20 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ', 'Không', 'Quyết định giải thể', 'mot-phan'),
    ('1.004563', 'Thành lập trường tiểu học công lập, cho phép thành lập trường tiểu học tư thục', 'giao-duc-tieu-hoc', 'huyen', '20 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ', 'Không', 'Quyết định thành lập hoặc cho phép thành lập', 'toan-trinh'),
    ('1.004555', 'Cho phép trường tiểu học hoạt động giáo dục', 'giao-duc-tieu-hoc', 'huyen', '20 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ', 'Không', 'Quyết định cho phép hoạt động giáo dục', 'toan-trinh'),
    ('1.004442', 'Thành lập trường trung học cơ sở công lập hoặc cho phép thành lập trường trung học cơ sở tư thục', 'giao-duc-trung-hoc', 'huyen', '20 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ', 'Không', 'Quyết định thành lập hoặc cho phép thành lập', 'toan-trinh'),
    ('1.004444', 'Cho phép trường trung học cơ sở hoạt động giáo dục', 'giao-duc-trung-hoc', 'huyen', '20 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ', 'Không', 'Quyết định cho phép hoạt động giáo dục', 'toan-trinh'),
    ('1.005098', 'Chuyển trường đối với học sinh trung học cơ sở', 'giao-duc-trung-hoc', 'truong', '03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ', 'Không', 'Học sinh được tiếp nhận vào học tại trường chuyển đến', 'toan-trinh'),
    ('1.005094', 'Xét, duyệt chính sách hỗ trợ đối với học sinh bán trú đang học tại các trường tiểu học, trung học cơ sở ở xã, thôn đặc biệt khó khăn', 'tai-chinh', 'huyen', '15 ngày làm việc kể từ ngày hết hạn nhận hồ sơ', 'Không', 'Quyết định phê duyệt danh sách học sinh được hưởng chính sách', 'mot-phan'),
    ('1.001622', 'Hỗ trợ ăn trưa đối với trẻ em mẫu giáo', 'giao-duc-mam-non', 'huyen', '10 ngày làm việc kể từ ngày hết hạn nhận hồ sơ', 'Không', 'Quyết định phê duyệt danh sách trẻ em được hỗ trợ', 'mot-phan'),
    ('2.002481', 'Xét công nhận tốt nghiệp trung học cơ sở', 'van-bang-chung-chi', 'huyen', 'Theo kế hoạch năm học', 'Không', 'Quyết định công nhận tốt nghiệp và danh sách người học được công nhận', ''),
    ('2.001914', 'Cấp bản sao văn bằng, chứng chỉ từ sổ gốc', 'van-bang-chung-chi', 'huyen', 'Ngay trong ngày làm việc; trường hợp nhận sau 15 giờ thì trả trong ngày làm việc tiếp theo', 'Theo quy định của Bộ Tài chính', 'Bản sao văn bằng, chứng chỉ từ sổ gốc', 'toan-trinh'),
    ('1.005092', 'Chỉnh sửa nội dung văn bằng, chứng chỉ', 'van-bang-chung-chi', 'huyen', '05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ', 'Không', 'Quyết định chỉnh sửa văn bằng, chứng chỉ', 'mot-phan'),
    ('1.004438', 'Công nhận xã đạt chuẩn phổ cập giáo dục, xóa mù chữ', 'giao-duc-trung-hoc', 'huyen', 'Theo kế hoạch kiểm tra hằng năm', 'Không', 'Quyết định công nhận', ''),
    ('1.004492', 'Cho phép nhóm trẻ, lớp mẫu giáo độc lập hoạt động giáo dục', 'giao-duc-mam-non', 'xa', '20 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ', 'Không', 'Quyết định cho phép hoạt động giáo dục', 'mot-phan'),
    ('1.005108', 'Tiếp nhận đối tượng học bổ túc trung học cơ sở', 'giao-duc-trung-hoc', 'truong', '05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ', 'Không', 'Học viên được tiếp nhận vào học', ''),
    ('1.008950', 'Miễn, giảm học phí, hỗ trợ chi phí học tập đối với học sinh trung học cơ sở', 'tai-chinh', 'truong', '10 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ', 'Không', 'Danh sách học sinh được miễn, giảm học phí, hỗ trợ chi phí học tập', 'toan-trinh'),
    ('1.008951', 'Hỗ trợ học tập đối với trẻ mẫu giáo, học sinh tiểu học, học sinh trung học cơ sở là người dân tộc thiểu số rất ít người', 'tai-chinh', 'huyen', '10 ngày làm việc kể từ ngày hết hạn nhận hồ sơ', 'Không', 'Quyết định phê duyệt danh sách được hỗ trợ', 'mot-phan'),
    ('1.004475b', 'Đề nghị tuyển sinh vào lớp 6 theo diện ngoài tuyến', 'tuyen-sinh', 'huyen', '07 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ', 'Không', 'Văn bản chấp thuận hoặc trả lời không chấp thuận', 'toan-trinh'),
]
AGENCY = {'huyen': 'Phòng Giáo dục và Đào tạo huyện Thanh Bình', 'xa': 'Ủy ban nhân dân cấp xã',
          'truong': 'Trường trung học cơ sở nơi học sinh học', 'tinh': 'Sở Giáo dục và Đào tạo'}
lines.append('INSERT INTO procedures (id, site_id, code, name, field_code, level, agency, subjects, steps, methods, dossier, '
             'time_limit, fees, result, requirements, online_url, online_level, created_at) VALUES')
rows = []
for i, (code, name, field, level, limit, fees, result, online) in enumerate(P, 1):
    if code.endswith('b'):
        code = ''
    steps = '\n'.join([
        'Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định.',
        'Bước 2: Nộp hồ sơ tại Bộ phận tiếp nhận và trả kết quả của %s hoặc nộp trực tuyến trên Cổng dịch vụ công.' % ('UBND huyện' if level == 'huyen' else AGENCY[level]),
        'Bước 3: Cơ quan tiếp nhận kiểm tra hồ sơ; nếu hồ sơ chưa đầy đủ thì hướng dẫn bổ sung một lần bằng văn bản.',
        'Bước 4: %s thẩm định hồ sơ, trình cấp có thẩm quyền xem xét, quyết định.' % AGENCY[level],
        'Bước 5: Trả kết quả cho tổ chức, cá nhân.'])
    dossier = '\n'.join([
        'Đơn (tờ trình) đề nghị theo mẫu (01 bản chính).',
        'Bản sao giấy tờ chứng minh nhân thân hoặc tư cách pháp lý của người đề nghị (01 bản).',
        'Các giấy tờ khác theo quy định của thủ tục (01 bộ).',
        'Số lượng hồ sơ: 01 bộ.'])
    url = 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=%s' % code if online and code else ''
    rows.append('(%s)' % ', '.join(q(x) for x in [
        i, 1, code, name, field, level, AGENCY[level], 'Tổ chức, cá nhân; cha mẹ hoặc người giám hộ học sinh',
        steps, 'Trực tiếp; qua dịch vụ bưu chính; trực tuyến', dossier, limit, fees, result,
        'Đáp ứng các điều kiện theo quy định của pháp luật hiện hành.', url, online if url else '',
        '2025-0%d-1%d 02:00:00' % (1 + i % 9, i % 10)]))
lines.append(',\n'.join(rows) + ';')
basis = []
for i, (code, name, field, *_rest) in enumerate(P, 1):
    if field == 'giao-duc-mam-non' or field == 'giao-duc-tieu-hoc':
        basis.append((i, by_key['nd24']['id'], ''))
    if field == 'giao-duc-tieu-hoc':
        basis.append((i, by_key['tt28']['id'], ''))
    if field == 'giao-duc-trung-hoc' or field == 'tuyen-sinh':
        basis.append((i, by_key['tt32']['id'], ''))
        basis.append((i, by_key['tt30']['id'], ''))
    if field == 'tai-chinh':
        basis.append((i, by_key['nd81']['id'], ''))
        basis.append((i, by_key['nd97']['id'], ''))
    if field == 'van-bang-chung-chi':
        basis.append((i, by_key['tt37']['id'], ''))
    basis.append((i, None, 'Luật Giáo dục số 43/2019/QH14 ngày 14/6/2019'))
lines.append('INSERT INTO procedure_documents (procedure_id, document_id, citation, sort_order) VALUES')
lines.append(',\n'.join('(%d, %s, %s, %d)' % (p, q(d), q(c), n) for n, (p, d, c) in enumerate(basis)) + ';')
lines.append('INSERT INTO procedure_files (procedure_id, title, path, file_name, mime, size, sha256) VALUES')
lines.append(',\n'.join('(%d, %s, %s, %s, %s, 0, %s)' % (
    i, q('Mẫu đơn đề nghị: ' + p[1][0].lower() + p[1][1:]), q('thu-tuc/demo/%d.pdf' % i), q('mau-don-%d.pdf' % i),
    q('application/pdf'), q('0' * 64)) for i, p in enumerate(P, 1)) + ';')
with open(OUT.replace('221_documents', '222_drafts_procedures'), 'w', encoding='utf-8') as f:
    f.write('\n'.join(lines) + '\n')
print('drafts:', len(DRAFTS), 'procedures:', len(P))
