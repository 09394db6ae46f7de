INSERT INTO pages (site_id, slug, title, body, sort_order, updated_at) VALUES
(1, 'lich-su', 'Lịch sử hình thành', '<p>Phòng Giáo dục và Đào tạo huyện Thanh Bình được thành lập cùng với việc tái lập huyện Thanh Bình vào đầu năm 1997, trên cơ sở Phòng Giáo dục huyện trước đây. Năm 2008, thực hiện chủ trương sắp xếp lại các cơ quan chuyên môn thuộc Ủy ban nhân dân cấp huyện, Phòng được đổi tên thành Phòng Giáo dục và Đào tạo, là cơ quan chuyên môn tham mưu, giúp Ủy ban nhân dân huyện quản lý nhà nước về giáo dục và đào tạo trên địa bàn.</p>
<h2>Những chặng đường phát triển</h2>
<p>Những năm đầu sau tái lập, mạng lưới trường lớp của huyện còn thiếu và yếu: nhiều phòng học tranh tre, nứa lá; các xã vùng núi phía tây như Thanh Sơn chỉ có lớp ghép, học sinh phải đi bộ hàng chục cây số đến trường. Đội ngũ giáo viên thiếu về số lượng, chưa đồng bộ về cơ cấu bộ môn; tỷ lệ huy động trẻ đến lớp mẫu giáo còn thấp.</p>
<p>Trong giai đoạn 2000–2010, cùng với chương trình kiên cố hóa trường lớp học và nhà công vụ giáo viên, toàn bộ phòng học tạm được xóa bỏ. Huyện hoàn thành phổ cập giáo dục tiểu học đúng độ tuổi năm 2004, phổ cập giáo dục trung học cơ sở năm 2006. Trường Tiểu học Kim Đồng là trường đầu tiên của huyện được công nhận đạt chuẩn quốc gia vào năm 2003.</p>
<p>Giai đoạn 2011–2020, ngành tập trung nâng cao chất lượng đội ngũ và đổi mới phương pháp dạy học. Huyện đạt chuẩn phổ cập giáo dục mầm non cho trẻ em 5 tuổi năm 2014; nhiều trường triển khai mô hình trường học mới, dạy học hai buổi mỗi ngày và tổ chức bán trú. Công tác xã hội hóa giáo dục được đẩy mạnh, các hội khuyến học, dòng họ hiếu học phát triển rộng khắp.</p>
<p>Từ năm học 2020–2021 đến nay, ngành triển khai Chương trình giáo dục phổ thông 2018 ở tất cả các khối lớp, đẩy mạnh chuyển đổi số trong quản lý và dạy học: sổ điểm điện tử, học bạ số, cơ sở dữ liệu ngành, thanh toán không dùng tiền mặt và Cổng thông tin điện tử dùng chung cho Phòng và các trường.</p>
<h2>Quy mô hiện nay</h2>
<p>Năm học 2026–2027, toàn huyện có 31 đơn vị trường học công lập trực thuộc Phòng, gồm 12 trường mầm non, 11 trường tiểu học và 8 trường trung học cơ sở, với hơn 17.000 trẻ em và học sinh, gần 1.200 cán bộ quản lý, giáo viên và nhân viên. 24 trường được công nhận đạt chuẩn quốc gia, trong đó 6 trường đạt chuẩn mức độ 2.</p>
<h2>Phần thưởng cao quý</h2>
<ul><li>Huân chương Lao động hạng Ba (năm 2012)</li><li>Cờ thi đua của Ủy ban nhân dân tỉnh (các năm học 2016–2017, 2019–2020, 2023–2024)</li><li>Bằng khen của Bộ trưởng Bộ Giáo dục và Đào tạo (năm 2018)</li><li>Nhiều năm liền được công nhận Tập thể lao động xuất sắc</li></ul>
<p>Kế thừa truyền thống ấy, tập thể cán bộ, công chức Phòng Giáo dục và Đào tạo huyện Thanh Bình tiếp tục đoàn kết, đổi mới, vì sự tiến bộ của mỗi học sinh và sự phát triển của quê hương.</p>', 10, UTC_TIMESTAMP() - INTERVAL 22 DAY),
(1, 'chuc-nang-nhiem-vu', 'Chức năng, nhiệm vụ', '<h2>Vị trí và chức năng</h2>
<p>Phòng Giáo dục và Đào tạo huyện Thanh Bình là cơ quan chuyên môn thuộc Ủy ban nhân dân huyện, có chức năng tham mưu, giúp Ủy ban nhân dân huyện thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo trên địa bàn huyện, bao gồm: mục tiêu, chương trình, nội dung giáo dục và đào tạo; tiêu chuẩn nhà giáo và tiêu chuẩn cán bộ quản lý giáo dục; tiêu chuẩn cơ sở vật chất, thiết bị trường học và đồ chơi trẻ em; quy chế thi cử và cấp văn bằng, chứng chỉ; bảo đảm chất lượng giáo dục và đào tạo.</p>
<p>Phòng có tư cách pháp nhân, có con dấu và tài khoản riêng; chịu sự chỉ đạo, quản lý về tổ chức, biên chế và công tác của Ủy ban nhân dân huyện, đồng thời chịu sự chỉ đạo, kiểm tra, hướng dẫn về chuyên môn, nghiệp vụ của Sở Giáo dục và Đào tạo.</p>
<h2>Nhiệm vụ và quyền hạn</h2>
<p>Căn cứ quy định của pháp luật, trong đó có Thông tư số 12/2020/TT-BGDĐT của Bộ Giáo dục và Đào tạo hướng dẫn về chức năng, nhiệm vụ, quyền hạn của Sở Giáo dục và Đào tạo và Phòng Giáo dục và Đào tạo, Phòng có các nhiệm vụ chủ yếu sau:</p>
<ol><li>Trình Ủy ban nhân dân huyện ban hành quyết định, chỉ thị, kế hoạch dài hạn, 05 năm và hằng năm, chương trình, đề án, biện pháp phát triển giáo dục và đào tạo trên địa bàn.</li><li>Tổ chức thực hiện các văn bản quy phạm pháp luật, quy hoạch, kế hoạch về giáo dục sau khi được phê duyệt; thông tin, tuyên truyền, phổ biến, giáo dục pháp luật về giáo dục.</li><li>Hướng dẫn, kiểm tra các cơ sở giáo dục mầm non, tiểu học, trung học cơ sở trực thuộc thực hiện chương trình, kế hoạch giáo dục, đánh giá học sinh, quy chế chuyên môn.</li><li>Tham mưu Ủy ban nhân dân huyện về việc thành lập, sáp nhập, chia tách, giải thể các trường; về công tác tuyển sinh đầu cấp, phổ cập giáo dục và xóa mù chữ.</li><li>Tham mưu về tổ chức bộ máy, vị trí việc làm, số lượng người làm việc; thực hiện công tác tuyển dụng, bổ nhiệm, điều động, đánh giá, bồi dưỡng đội ngũ nhà giáo và cán bộ quản lý theo phân cấp.</li><li>Xây dựng dự toán ngân sách giáo dục; hướng dẫn, kiểm tra việc quản lý, sử dụng tài chính, tài sản của các đơn vị trực thuộc; thực hiện xã hội hóa giáo dục.</li><li>Chỉ đạo ứng dụng công nghệ thông tin, chuyển đổi số, công tác thống kê, thông tin, báo cáo về giáo dục; quản lý cơ sở dữ liệu ngành theo phân cấp.</li><li>Thực hiện công tác kiểm tra, giải quyết khiếu nại, tố cáo, phòng chống tham nhũng, tiêu cực trong lĩnh vực giáo dục theo quy định; tổ chức thi đua – khen thưởng trong ngành.</li><li>Thực hiện các nhiệm vụ khác do Ủy ban nhân dân huyện giao và theo quy định của pháp luật.</li></ol>
<h2>Mối quan hệ công tác</h2>
<p>Phòng phối hợp với các cơ quan chuyên môn khác thuộc Ủy ban nhân dân huyện, Ủy ban nhân dân các xã, thị trấn, Công đoàn Giáo dục huyện, Hội Khuyến học và các tổ chức chính trị – xã hội trong việc thực hiện nhiệm vụ phát triển giáo dục trên địa bàn.</p>', 20, UTC_TIMESTAMP() - INTERVAL 23 DAY),
(1, 'co-cau-to-chuc', 'Cơ cấu tổ chức', '<p>Phòng Giáo dục và Đào tạo huyện Thanh Bình làm việc theo chế độ thủ trưởng, kết hợp với bàn bạc tập thể. Cơ cấu tổ chức của Phòng gồm Lãnh đạo Phòng và các bộ phận chuyên môn, nghiệp vụ; mỗi công chức được phân công phụ trách lĩnh vực cụ thể và theo dõi một số đơn vị trường học.</p>
<h2>Lãnh đạo Phòng</h2>
<ul><li>Trưởng phòng: phụ trách chung</li><li>02 Phó Trưởng phòng: phụ trách khối mầm non – tiểu học và khối trung học cơ sở</li></ul>
<h2>Các bộ phận chuyên môn, nghiệp vụ</h2>
<h3>Bộ phận Tổ chức – Hành chính</h3>
<ul><li>Tổ chức cán bộ, biên chế, hồ sơ công chức, viên chức</li><li>Tổng hợp, thi đua – khen thưởng, pháp chế, tiếp công dân</li><li>Văn thư, lưu trữ, công nghệ thông tin và Cổng thông tin điện tử</li></ul>
<h3>Bộ phận Chuyên môn Mầm non</h3>
<ul><li>Chương trình giáo dục mầm non, chăm sóc, nuôi dưỡng trẻ</li><li>Phổ cập giáo dục mầm non cho trẻ em 5 tuổi</li><li>Kiểm tra, đánh giá các trường mầm non</li></ul>
<h3>Bộ phận Chuyên môn Tiểu học</h3>
<ul><li>Chương trình giáo dục phổ thông cấp tiểu học, đánh giá học sinh</li><li>Phổ cập giáo dục tiểu học, xóa mù chữ, giáo dục hòa nhập</li><li>Thư viện trường học, phát triển văn hóa đọc</li></ul>
<h3>Bộ phận Chuyên môn THCS</h3>
<ul><li>Chương trình giáo dục phổ thông cấp trung học cơ sở</li><li>Bồi dưỡng học sinh giỏi, khảo thí, tuyển sinh lớp 6</li><li>Hoạt động trải nghiệm, hướng nghiệp, giáo dục STEM</li></ul>
<h3>Bộ phận Kế hoạch – Tài chính</h3>
<ul><li>Kế hoạch phát triển giáo dục, mạng lưới trường lớp</li><li>Dự toán, quyết toán ngân sách, kế toán cơ quan</li><li>Cơ sở vật chất, thiết bị dạy học, đầu tư xây dựng</li></ul>
<h2>Các đơn vị trực thuộc</h2>
<p>Phòng trực tiếp quản lý về chuyên môn 31 trường công lập trên địa bàn huyện: 12 trường mầm non, 11 trường tiểu học và 8 trường trung học cơ sở. Trang thông tin của các trường đã tham gia Cổng thông tin dùng chung được liệt kê tại mục Đơn vị trực thuộc; các trường còn lại sẽ lần lượt tham gia trong năm học 2026–2027.</p>', 30, UTC_TIMESTAMP() - INTERVAL 24 DAY),
(1, 'ban-lanh-dao', 'Ban lãnh đạo', '<h2>Trưởng phòng: ông Lê Minh Quang</h2>
<p>Phụ trách chung, chịu trách nhiệm trước Ủy ban nhân dân huyện và trước pháp luật về toàn bộ hoạt động của Phòng. Trực tiếp chỉ đạo công tác tổ chức cán bộ, kế hoạch – tài chính, thanh tra, kiểm tra, thi đua – khen thưởng; là người phát ngôn và Trưởng ban biên tập Cổng thông tin điện tử.</p>
<p>Điện thoại: 0235 3861 246 – Thư điện tử: quanglm@thanhbinh.edu.vn</p>
<h2>Phó Trưởng phòng: bà Trần Thị Thu Hà</h2>
<p>Phụ trách giáo dục mầm non, giáo dục tiểu học; phổ cập giáo dục, xóa mù chữ; y tế trường học, bán trú, an toàn thực phẩm; xã hội hóa giáo dục. Điều hành công việc của Phòng khi Trưởng phòng đi vắng.</p>
<p>Điện thoại: 0235 3861 247 – Thư điện tử: hattt@thanhbinh.edu.vn</p>
<h2>Phó Trưởng phòng: ông Phạm Ngọc Bảo</h2>
<p>Phụ trách giáo dục trung học cơ sở; khảo thí và kiểm định chất lượng giáo dục; công nghệ thông tin và chuyển đổi số; cơ sở vật chất, thiết bị dạy học, xây dựng trường chuẩn quốc gia; Phó Trưởng ban thường trực Ban biên tập Cổng thông tin điện tử.</p>
<p>Điện thoại: 0235 3861 248 – Thư điện tử: baopn@thanhbinh.edu.vn</p>
<blockquote><p>Lịch tiếp công dân của Lãnh đạo Phòng: sáng thứ Năm hằng tuần, tại trụ sở số 25 đường Hùng Vương, thị trấn Thanh Bình.</p></blockquote>', 40, UTC_TIMESTAMP() - INTERVAL 25 DAY),
(1, 'gioi-thieu-tieng-anh', 'Introduction (English)', '<h2>Thanh Binh District Office of Education and Training</h2>
<p>The Office of Education and Training of Thanh Binh District is a specialised agency of the District People''s Committee. It advises the Committee on, and carries out, the state management of education in the district: curricula and teaching, standards for teachers and school managers, school facilities, examinations and certificates, and the quality of education. It works under the professional guidance of the provincial Department of Education and Training.</p>
<h2>Our schools</h2>
<p>In the 2026–2027 school year the office oversees 31 public schools: 12 kindergartens, 11 primary schools and 8 lower secondary schools, with more than 17,000 children and pupils and about 1,200 teachers and staff. Twenty-four schools meet the national standard.</p>
<h2>Leadership</h2>
<ul><li>Mr Le Minh Quang, Head of Office</li><li>Ms Tran Thi Thu Ha, Deputy Head (kindergarten and primary education)</li><li>Mr Pham Ngoc Bao, Deputy Head (lower secondary education, digital transformation)</li></ul>
<h2>Contact</h2>
<p>Address: 25 Hung Vuong Street, Thanh Binh Town, Thanh Binh District. Telephone: 0235 3861 245. E-mail: phonggddt@thanhbinh.edu.vn. Office hours: Monday to Friday, 7:00–11:00 and 13:30–17:00.</p>', 50, UTC_TIMESTAMP() - INTERVAL 26 DAY),
(2, 'lich-su', 'Lịch sử hình thành', '<p>Trường Mầm non Hoa Sen được thành lập năm 1998 trên cơ sở hợp nhất nhà trẻ Thị trấn và mẫu giáo Khối phố 3. Những năm đầu, trường chỉ có 4 lớp học mượn tạm dãy nhà kho của hợp tác xã, đồ dùng đồ chơi phần lớn do giáo viên tự làm.</p>
<p>Năm 2009, trường được đầu tư xây dựng khu nhà hai tầng với 8 phòng học, bếp ăn một chiều và sân chơi rộng rãi. Năm 2015, trường được công nhận đạt chuẩn quốc gia mức độ 1; năm 2022 đạt chuẩn quốc gia mức độ 2 và kiểm định chất lượng giáo dục cấp độ 3.</p>
<p>Hiện nay trường có 12 nhóm, lớp với 356 trẻ, 100% trẻ được bán trú tại trường. Nhiều năm liền trường đạt danh hiệu Tập thể lao động tiên tiến; năm học 2023–2024 được Ủy ban nhân dân tỉnh tặng Bằng khen.</p>', 10, UTC_TIMESTAMP() - INTERVAL 23 DAY),
(2, 'chuc-nang-nhiem-vu', 'Chức năng, nhiệm vụ', '<p>Trường là cơ sở giáo dục mầm non công lập thuộc hệ thống giáo dục quốc dân, chịu sự quản lý trực tiếp của Phòng Giáo dục và Đào tạo huyện Thanh Bình. Trường thực hiện nuôi dưỡng, chăm sóc, giáo dục trẻ em từ 18 tháng đến 6 tuổi theo Chương trình giáo dục mầm non do Bộ Giáo dục và Đào tạo ban hành.</p>
<h2>Nhiệm vụ chủ yếu</h2>
<ul><li>Tổ chức thực hiện việc nuôi dưỡng, chăm sóc, giáo dục trẻ em theo chương trình giáo dục mầm non</li><li>Huy động trẻ em trong độ tuổi đến trường; thực hiện phổ cập giáo dục mầm non cho trẻ em 5 tuổi</li><li>Tổ chức bán trú, bảo đảm an toàn thực phẩm, theo dõi sức khỏe và phòng chống suy dinh dưỡng, thừa cân cho trẻ</li><li>Quản lý đội ngũ giáo viên, nhân viên; quản lý, sử dụng cơ sở vật chất, tài chính đúng quy định</li><li>Phối hợp với gia đình và cộng đồng tuyên truyền kiến thức nuôi dạy trẻ theo khoa học</li><li>Thực hiện công khai, kiểm định chất lượng và các nhiệm vụ khác theo quy định của pháp luật</li></ul>', 20, UTC_TIMESTAMP() - INTERVAL 24 DAY),
(2, 'co-cau-to-chuc', 'Cơ cấu tổ chức', '<p>Bộ máy của nhà trường được tổ chức theo điều lệ trường và quy chế làm việc do Hiệu trưởng ban hành, gồm:</p>
<ul><li>Ban giám hiệu: 01 Hiệu trưởng, 01 Phó Hiệu trưởng</li><li>Tổ chuyên môn Mẫu giáo: 9 lớp mẫu giáo bé, nhỡ, lớn với 20 giáo viên</li><li>Tổ chuyên môn Nhà trẻ: 3 nhóm trẻ 18–36 tháng với 7 giáo viên</li><li>Tổ Văn phòng: kế toán, văn thư, nhân viên y tế, bảo vệ, 6 nhân viên nấu ăn</li><li>Chi bộ, Công đoàn cơ sở, Chi đoàn thanh niên, Ban đại diện cha mẹ trẻ</li></ul>', 30, UTC_TIMESTAMP() - INTERVAL 25 DAY),
(2, 'ban-lanh-dao', 'Ban lãnh đạo', '<h2>Hiệu trưởng: Trần Thị Bích Ngọc</h2>
<p>Phụ trách chung; công tác tổ chức, nhân sự, tài chính, cơ sở vật chất; kiểm định chất lượng; chủ tịch Hội đồng trường.</p>
<p>Điện thoại: 0946 163 590 – Thư điện tử: ngocttb@thanhbinh.edu.vn</p>
<h2>Phó Hiệu trưởng: Nguyễn Thị Thanh Hương</h2>
<p>Phụ trách chuyên môn chăm sóc, giáo dục trẻ; công tác nuôi dưỡng, bán trú, y tế; phụ trách ứng dụng công nghệ thông tin.</p>
<p>Điện thoại: 0946 506 050 – Thư điện tử: huongntt@thanhbinh.edu.vn</p>', 40, UTC_TIMESTAMP() - INTERVAL 26 DAY),
(3, 'lich-su', 'Lịch sử hình thành', '<p>Trường Mầm non Sơn Ca, xã Bình An, được thành lập năm 2001 từ các lớp mẫu giáo thôn Phú Mỹ, Bình Tây và An Lộc. Trong nhiều năm, trẻ học tại các điểm trường lẻ nhỏ, phòng học chật và thiếu đồ chơi ngoài trời.</p>
<p>Năm 2017, nhờ nguồn vốn chương trình mục tiêu quốc gia xây dựng nông thôn mới và sự đóng góp của nhân dân, trường xây dựng điểm chính khang trang tại thôn Phú Mỹ, từng bước dồn các điểm lẻ về điểm chính. Năm 2020, trường được công nhận đạt chuẩn quốc gia mức độ 1.</p>
<p>Năm học 2026–2027, trường có 9 nhóm, lớp với 248 trẻ tại điểm chính và điểm trường An Lộc. Tập thể nhà trường luôn đoàn kết, yêu nghề, được phụ huynh xã Bình An tin tưởng gửi gắm con em.</p>', 10, UTC_TIMESTAMP() - INTERVAL 24 DAY),
(3, 'chuc-nang-nhiem-vu', 'Chức năng, nhiệm vụ', '<p>Trường là cơ sở giáo dục mầm non công lập thuộc hệ thống giáo dục quốc dân, chịu sự quản lý trực tiếp của Phòng Giáo dục và Đào tạo huyện Thanh Bình. Trường thực hiện nuôi dưỡng, chăm sóc, giáo dục trẻ em từ 18 tháng đến 6 tuổi theo Chương trình giáo dục mầm non do Bộ Giáo dục và Đào tạo ban hành.</p>
<h2>Nhiệm vụ chủ yếu</h2>
<ul><li>Tổ chức thực hiện việc nuôi dưỡng, chăm sóc, giáo dục trẻ em theo chương trình giáo dục mầm non</li><li>Huy động trẻ em trong độ tuổi đến trường; thực hiện phổ cập giáo dục mầm non cho trẻ em 5 tuổi</li><li>Tổ chức bán trú, bảo đảm an toàn thực phẩm, theo dõi sức khỏe và phòng chống suy dinh dưỡng, thừa cân cho trẻ</li><li>Quản lý đội ngũ giáo viên, nhân viên; quản lý, sử dụng cơ sở vật chất, tài chính đúng quy định</li><li>Phối hợp với gia đình và cộng đồng tuyên truyền kiến thức nuôi dạy trẻ theo khoa học</li><li>Thực hiện công khai, kiểm định chất lượng và các nhiệm vụ khác theo quy định của pháp luật</li></ul>', 20, UTC_TIMESTAMP() - INTERVAL 25 DAY),
(3, 'co-cau-to-chuc', 'Cơ cấu tổ chức', '<p>Bộ máy của nhà trường được tổ chức theo điều lệ trường và quy chế làm việc do Hiệu trưởng ban hành, gồm:</p>
<ul><li>Ban giám hiệu: 01 Hiệu trưởng, 01 Phó Hiệu trưởng</li><li>Tổ chuyên môn Mẫu giáo: 7 lớp với 15 giáo viên</li><li>Tổ chuyên môn Nhà trẻ: 2 nhóm với 4 giáo viên</li><li>Tổ Văn phòng: kế toán, nhân viên y tế kiêm văn thư, bảo vệ, 4 nhân viên nấu ăn</li><li>Điểm trường An Lộc: 2 lớp mẫu giáo ghép</li></ul>', 30, UTC_TIMESTAMP() - INTERVAL 26 DAY),
(3, 'ban-lanh-dao', 'Ban lãnh đạo', '<h2>Hiệu trưởng: Huỳnh Thị Mai</h2>
<p>Phụ trách chung; tổ chức, tài chính, cơ sở vật chất; công tác phổ cập giáo dục mầm non trẻ 5 tuổi tại xã Bình An.</p>
<p>Điện thoại: 0946 415 573 – Thư điện tử: maiht@thanhbinh.edu.vn</p>
<h2>Phó Hiệu trưởng: Đỗ Thị Kiều Trinh</h2>
<p>Phụ trách chuyên môn, bồi dưỡng giáo viên, công tác nuôi dưỡng và an toàn thực phẩm; phụ trách các điểm trường lẻ.</p>
<p>Điện thoại: 0935 205 595 – Thư điện tử: trinhdtk@thanhbinh.edu.vn</p>', 40, UTC_TIMESTAMP() - INTERVAL 27 DAY),
(4, 'lich-su', 'Lịch sử hình thành', '<p>Trường Mầm non Bình Minh đóng tại thôn 4, xã Thanh Sơn – xã miền núi phía tây của huyện, nơi có đông đồng bào dân tộc Cơ Tu sinh sống. Trường được tách ra từ Trường Mầm non Thanh Sơn cũ vào năm 2006, khi đó chỉ có 5 lớp mẫu giáo ở các thôn cách nhau hàng chục cây số.</p>
<p>Với sự quan tâm của các cấp và nhiều nhà hảo tâm, trường lần lượt được xây dựng điểm chính kiên cố, bếp ăn bán trú và nhà công vụ cho giáo viên. Từ năm 2018, trường tổ chức bán trú cho toàn bộ trẻ mẫu giáo, góp phần giảm tỷ lệ suy dinh dưỡng và duy trì tỷ lệ chuyên cần cao.</p>
<p>Năm học 2026–2027, trường có 7 lớp với 164 trẻ, trong đó hơn 70% là trẻ em người dân tộc thiểu số. Trường thực hiện tốt chuyên đề tăng cường tiếng Việt cho trẻ, chuẩn bị cho trẻ vững vàng bước vào lớp Một.</p>', 10, UTC_TIMESTAMP() - INTERVAL 25 DAY),
(4, 'chuc-nang-nhiem-vu', 'Chức năng, nhiệm vụ', '<p>Trường là cơ sở giáo dục mầm non công lập thuộc hệ thống giáo dục quốc dân, chịu sự quản lý trực tiếp của Phòng Giáo dục và Đào tạo huyện Thanh Bình. Trường thực hiện nuôi dưỡng, chăm sóc, giáo dục trẻ em từ 18 tháng đến 6 tuổi theo Chương trình giáo dục mầm non do Bộ Giáo dục và Đào tạo ban hành.</p>
<h2>Nhiệm vụ chủ yếu</h2>
<ul><li>Tổ chức thực hiện việc nuôi dưỡng, chăm sóc, giáo dục trẻ em theo chương trình giáo dục mầm non</li><li>Huy động trẻ em trong độ tuổi đến trường; thực hiện phổ cập giáo dục mầm non cho trẻ em 5 tuổi</li><li>Tổ chức bán trú, bảo đảm an toàn thực phẩm, theo dõi sức khỏe và phòng chống suy dinh dưỡng, thừa cân cho trẻ</li><li>Quản lý đội ngũ giáo viên, nhân viên; quản lý, sử dụng cơ sở vật chất, tài chính đúng quy định</li><li>Phối hợp với gia đình và cộng đồng tuyên truyền kiến thức nuôi dạy trẻ theo khoa học</li><li>Thực hiện công khai, kiểm định chất lượng và các nhiệm vụ khác theo quy định của pháp luật</li></ul>', 20, UTC_TIMESTAMP() - INTERVAL 26 DAY),
(4, 'co-cau-to-chuc', 'Cơ cấu tổ chức', '<p>Bộ máy của nhà trường được tổ chức theo điều lệ trường và quy chế làm việc do Hiệu trưởng ban hành, gồm:</p>
<ul><li>Ban giám hiệu: 01 Hiệu trưởng, 01 Phó Hiệu trưởng</li><li>Tổ chuyên môn: 7 lớp với 13 giáo viên, trong đó 3 giáo viên là người dân tộc Cơ Tu</li><li>Tổ Văn phòng: kế toán, văn thư kiêm thủ quỹ, bảo vệ, 3 nhân viên nấu ăn</li><li>Điểm trường: điểm chính thôn 4 và các điểm thôn 2, thôn 6</li></ul>', 30, UTC_TIMESTAMP() - INTERVAL 27 DAY),
(4, 'ban-lanh-dao', 'Ban lãnh đạo', '<h2>Hiệu trưởng: Phan Thị Thu Trang</h2>
<p>Phụ trách chung; tổ chức, tài chính, cơ sở vật chất; tham mưu chính quyền xã về phát triển giáo dục mầm non vùng khó khăn.</p>
<p>Điện thoại: 0946 310 508 – Thư điện tử: trangptt@thanhbinh.edu.vn</p>
<h2>Phó Hiệu trưởng: Lương Thị Hạnh</h2>
<p>Phụ trách chuyên môn, nuôi dưỡng, bán trú; tăng cường tiếng Việt cho trẻ em người dân tộc thiểu số.</p>
<p>Điện thoại: 0979 537 795 – Thư điện tử: hanhlt@thanhbinh.edu.vn</p>', 40, UTC_TIMESTAMP() - INTERVAL 28 DAY),
(5, 'lich-su', 'Lịch sử hình thành', '<p>Trường Tiểu học Kim Đồng có tiền thân là Trường cấp I Thị trấn, được thành lập từ năm 1976. Năm 1993, trường mang tên người anh hùng Kim Đồng – đội viên đầu tiên của Đội Thiếu niên Tiền phong Hồ Chí Minh.</p>
<p>Năm 2003, trường là đơn vị đầu tiên của huyện được công nhận đạt chuẩn quốc gia; năm 2019 đạt chuẩn quốc gia mức độ 2. Trường là đơn vị đi đầu của huyện trong triển khai dạy học hai buổi mỗi ngày, dạy Tiếng Anh từ lớp 1 và Tin học từ lớp 3.</p>
<p>Năm học 2026–2027, trường có 28 lớp với 962 học sinh, 45 cán bộ, giáo viên, nhân viên. Trường có thư viện đạt chuẩn xuất sắc, phòng Tin học, phòng Tiếng Anh và sân bóng đá mini phục vụ học sinh.</p>', 10, UTC_TIMESTAMP() - INTERVAL 26 DAY),
(5, 'chuc-nang-nhiem-vu', 'Chức năng, nhiệm vụ', '<p>Trường là cơ sở giáo dục phổ thông công lập cấp tiểu học, chịu sự quản lý trực tiếp của Phòng Giáo dục và Đào tạo huyện Thanh Bình, hoạt động theo Điều lệ trường tiểu học và các quy định của pháp luật.</p>
<h2>Nhiệm vụ chủ yếu</h2>
<ul><li>Tổ chức thực hiện chương trình giáo dục phổ thông 2018 cấp tiểu học và kế hoạch giáo dục của nhà trường</li><li>Huy động trẻ em trong độ tuổi vào lớp 1, thực hiện phổ cập giáo dục tiểu học, giáo dục hòa nhập cho học sinh khuyết tật</li><li>Đánh giá học sinh tiểu học theo quy định; xét hoàn thành chương trình tiểu học</li><li>Tổ chức dạy học hai buổi mỗi ngày, hoạt động trải nghiệm, giáo dục kỹ năng sống, bảo đảm an toàn trường học</li><li>Quản lý đội ngũ, tài chính, tài sản; thực hiện công khai và tự đánh giá, kiểm định chất lượng</li><li>Phối hợp với gia đình và xã hội trong việc giáo dục học sinh</li></ul>', 20, UTC_TIMESTAMP() - INTERVAL 27 DAY),
(5, 'co-cau-to-chuc', 'Cơ cấu tổ chức', '<p>Bộ máy của nhà trường được tổ chức theo điều lệ trường và quy chế làm việc do Hiệu trưởng ban hành, gồm:</p>
<ul><li>Ban giám hiệu: 01 Hiệu trưởng, 01 Phó Hiệu trưởng</li><li>Tổ chuyên môn khối 1, tổ khối 2–3, tổ khối 4–5 và tổ Giáo viên bộ môn (Tiếng Anh, Tin học, Âm nhạc, Mĩ thuật, Giáo dục thể chất)</li><li>Tổ Văn phòng: kế toán, văn thư, thư viện – thiết bị, y tế, bảo vệ</li><li>Chi bộ, Công đoàn, Liên đội Thiếu niên Tiền phong, Ban đại diện cha mẹ học sinh</li></ul>', 30, UTC_TIMESTAMP() - INTERVAL 28 DAY),
(5, 'ban-lanh-dao', 'Ban lãnh đạo', '<h2>Hiệu trưởng: Nguyễn Văn Lợi</h2>
<p>Phụ trách chung; tổ chức cán bộ, tài chính, cơ sở vật chất; thi đua – khen thưởng; chủ tịch Hội đồng trường.</p>
<p>Điện thoại: 0983 183 588 – Thư điện tử: loinv@thanhbinh.edu.vn</p>
<h2>Phó Hiệu trưởng: Trần Thị Minh Tâm</h2>
<p>Phụ trách chuyên môn, chương trình giáo dục phổ thông 2018, đánh giá học sinh; bán trú; công nghệ thông tin và học bạ số.</p>
<p>Điện thoại: 0978 637 506 – Thư điện tử: tamttm@thanhbinh.edu.vn</p>', 40, UTC_TIMESTAMP() - INTERVAL 29 DAY),
(6, 'lich-su', 'Lịch sử hình thành', '<p>Trường Tiểu học Lê Văn Tám được thành lập năm 1985, đóng tại thôn Tân Phước, xã Bình Phước. Những năm đầu, trường có 3 điểm trường với nhiều lớp học ghép, cơ sở vật chất thiếu thốn.</p>
<p>Qua nhiều giai đoạn đầu tư, năm 2014 trường dồn về một điểm chính với 18 phòng học kiên cố, thư viện, nhà đa năng. Trường được công nhận đạt chuẩn quốc gia mức độ 1 năm 2016 và đang phấn đấu đạt chuẩn mức độ 2 vào năm 2027.</p>
<p>Năm học 2026–2027, trường có 18 lớp với 587 học sinh. Phong trào Liên đội, câu lạc bộ cờ vua và đội văn nghệ của trường nhiều năm đạt giải cao ở cấp huyện.</p>', 10, UTC_TIMESTAMP() - INTERVAL 27 DAY),
(6, 'chuc-nang-nhiem-vu', 'Chức năng, nhiệm vụ', '<p>Trường là cơ sở giáo dục phổ thông công lập cấp tiểu học, chịu sự quản lý trực tiếp của Phòng Giáo dục và Đào tạo huyện Thanh Bình, hoạt động theo Điều lệ trường tiểu học và các quy định của pháp luật.</p>
<h2>Nhiệm vụ chủ yếu</h2>
<ul><li>Tổ chức thực hiện chương trình giáo dục phổ thông 2018 cấp tiểu học và kế hoạch giáo dục của nhà trường</li><li>Huy động trẻ em trong độ tuổi vào lớp 1, thực hiện phổ cập giáo dục tiểu học, giáo dục hòa nhập cho học sinh khuyết tật</li><li>Đánh giá học sinh tiểu học theo quy định; xét hoàn thành chương trình tiểu học</li><li>Tổ chức dạy học hai buổi mỗi ngày, hoạt động trải nghiệm, giáo dục kỹ năng sống, bảo đảm an toàn trường học</li><li>Quản lý đội ngũ, tài chính, tài sản; thực hiện công khai và tự đánh giá, kiểm định chất lượng</li><li>Phối hợp với gia đình và xã hội trong việc giáo dục học sinh</li></ul>', 20, UTC_TIMESTAMP() - INTERVAL 28 DAY),
(6, 'co-cau-to-chuc', 'Cơ cấu tổ chức', '<p>Bộ máy của nhà trường được tổ chức theo điều lệ trường và quy chế làm việc do Hiệu trưởng ban hành, gồm:</p>
<ul><li>Ban giám hiệu: 01 Hiệu trưởng, 01 Phó Hiệu trưởng</li><li>Tổ chuyên môn khối 1, tổ khối 2–3, tổ khối 4–5</li><li>Tổ Văn phòng: kế toán, văn thư, thư viện, bảo vệ</li><li>Liên đội Thiếu niên Tiền phong Lê Văn Tám với 12 chi đội</li></ul>', 30, UTC_TIMESTAMP() - INTERVAL 29 DAY),
(6, 'ban-lanh-dao', 'Ban lãnh đạo', '<h2>Hiệu trưởng: Đặng Văn Cường</h2>
<p>Phụ trách chung; tổ chức, tài chính, cơ sở vật chất, xây dựng trường chuẩn quốc gia mức độ 2.</p>
<p>Điện thoại: 0935 600 431 – Thư điện tử: cuongdv@thanhbinh.edu.vn</p>
<h2>Phó Hiệu trưởng: Nguyễn Thị Thu Thảo</h2>
<p>Phụ trách chuyên môn, bồi dưỡng giáo viên, thư viện, phong trào thi đua của học sinh; phối hợp với Liên đội.</p>
<p>Điện thoại: 0905 784 079 – Thư điện tử: thaontt@thanhbinh.edu.vn</p>', 40, UTC_TIMESTAMP() - INTERVAL 30 DAY),
(7, 'lich-su', 'Lịch sử hình thành', '<p>Trường Tiểu học Nguyễn Văn Trỗi, xã Tân Hiệp, được thành lập năm 1979. Trường nằm ven sông Thu Bồn nên hằng năm thường chịu ảnh hưởng của mưa lũ; nhiều thế hệ thầy cô đã cùng nhân dân bảo vệ trường lớp, giữ vững nề nếp dạy và học qua các mùa nước.</p>
<p>Năm 2012, trường được xây dựng dãy phòng học hai tầng kiên cố, vừa là nơi học tập vừa là điểm tránh lũ an toàn cho người dân thôn Hòa Đông. Năm 2018, trường được công nhận đạt chuẩn quốc gia mức độ 1.</p>
<p>Năm học 2026–2027, trường có 15 lớp với 451 học sinh. Trường duy trì mô hình dạy bơi cho học sinh lớp 3 trở lên, góp phần phòng chống đuối nước tại địa phương.</p>', 10, UTC_TIMESTAMP() - INTERVAL 28 DAY),
(7, 'chuc-nang-nhiem-vu', 'Chức năng, nhiệm vụ', '<p>Trường là cơ sở giáo dục phổ thông công lập cấp tiểu học, chịu sự quản lý trực tiếp của Phòng Giáo dục và Đào tạo huyện Thanh Bình, hoạt động theo Điều lệ trường tiểu học và các quy định của pháp luật.</p>
<h2>Nhiệm vụ chủ yếu</h2>
<ul><li>Tổ chức thực hiện chương trình giáo dục phổ thông 2018 cấp tiểu học và kế hoạch giáo dục của nhà trường</li><li>Huy động trẻ em trong độ tuổi vào lớp 1, thực hiện phổ cập giáo dục tiểu học, giáo dục hòa nhập cho học sinh khuyết tật</li><li>Đánh giá học sinh tiểu học theo quy định; xét hoàn thành chương trình tiểu học</li><li>Tổ chức dạy học hai buổi mỗi ngày, hoạt động trải nghiệm, giáo dục kỹ năng sống, bảo đảm an toàn trường học</li><li>Quản lý đội ngũ, tài chính, tài sản; thực hiện công khai và tự đánh giá, kiểm định chất lượng</li><li>Phối hợp với gia đình và xã hội trong việc giáo dục học sinh</li></ul>', 20, UTC_TIMESTAMP() - INTERVAL 29 DAY),
(7, 'co-cau-to-chuc', 'Cơ cấu tổ chức', '<p>Bộ máy của nhà trường được tổ chức theo điều lệ trường và quy chế làm việc do Hiệu trưởng ban hành, gồm:</p>
<ul><li>Ban giám hiệu: 01 Hiệu trưởng, 01 Phó Hiệu trưởng</li><li>Tổ chuyên môn khối 1, tổ khối 2–3, tổ khối 4–5</li><li>Tổ Văn phòng: kế toán, thư viện kiêm văn thư, bảo vệ</li><li>Câu lạc bộ bơi lội và kỹ năng an toàn dưới nước</li></ul>', 30, UTC_TIMESTAMP() - INTERVAL 30 DAY),
(7, 'ban-lanh-dao', 'Ban lãnh đạo', '<h2>Hiệu trưởng: Lê Thị Thanh Thủy</h2>
<p>Phụ trách chung; tổ chức, tài chính, cơ sở vật chất; công tác phổ cập giáo dục tiểu học xã Tân Hiệp.</p>
<p>Điện thoại: 0946 916 467 – Thư điện tử: thuyltt@thanhbinh.edu.vn</p>
<h2>Phó Hiệu trưởng: Huỳnh Văn Sang</h2>
<p>Phụ trách chuyên môn, kiểm tra nội bộ, ứng dụng công nghệ thông tin; an toàn trường học và phòng chống đuối nước.</p>
<p>Điện thoại: 0914 960 095 – Thư điện tử: sanghv@thanhbinh.edu.vn</p>', 40, UTC_TIMESTAMP() - INTERVAL 31 DAY),
(8, 'lich-su', 'Lịch sử hình thành', '<p>Trường THCS Nguyễn Gia Thiều được thành lập năm 1992 trên cơ sở tách cấp II ra khỏi Trường Phổ thông cơ sở Thị trấn. Trường mang tên Nguyễn Gia Thiều, nhà thơ thế kỷ XVIII, tác giả tác phẩm Cung oán ngâm khúc.</p>
<p>Trải qua hơn ba mươi năm xây dựng và phát triển, trường luôn là đơn vị dẫn đầu của huyện về chất lượng học sinh giỏi và tỷ lệ học sinh trúng tuyển vào lớp 10. Năm 2010, trường được công nhận đạt chuẩn quốc gia; năm 2021 đạt chuẩn mức độ 2.</p>
<p>Năm học 2026–2027, trường có 24 lớp với 936 học sinh, 58 cán bộ, giáo viên, nhân viên. Trường có phòng học bộ môn Khoa học tự nhiên, phòng STEM, hai phòng Tin học và hệ thống lớp học thông minh.</p>', 10, UTC_TIMESTAMP() - INTERVAL 29 DAY),
(8, 'chuc-nang-nhiem-vu', 'Chức năng, nhiệm vụ', '<p>Trường là cơ sở giáo dục phổ thông công lập cấp trung học cơ sở, chịu sự quản lý trực tiếp của Phòng Giáo dục và Đào tạo huyện Thanh Bình, hoạt động theo Điều lệ trường trung học cơ sở, trường trung học phổ thông và trường phổ thông có nhiều cấp học.</p>
<h2>Nhiệm vụ chủ yếu</h2>
<ul><li>Xây dựng và tổ chức thực hiện kế hoạch giáo dục của nhà trường theo chương trình giáo dục phổ thông 2018</li><li>Tuyển sinh lớp 6, quản lý học sinh; thực hiện phổ cập giáo dục trung học cơ sở trên địa bàn được giao</li><li>Kiểm tra, đánh giá học sinh theo quy định; xét công nhận tốt nghiệp trung học cơ sở</li><li>Bồi dưỡng học sinh giỏi, phụ đạo học sinh chưa đạt yêu cầu; tư vấn tâm lý, giáo dục hướng nghiệp và phân luồng</li><li>Quản lý đội ngũ, tài chính, tài sản; thực hiện công khai và kiểm định chất lượng giáo dục</li><li>Phối hợp với gia đình, chính quyền địa phương và các tổ chức đoàn thể trong việc giáo dục học sinh</li></ul>', 20, UTC_TIMESTAMP() - INTERVAL 30 DAY),
(8, 'co-cau-to-chuc', 'Cơ cấu tổ chức', '<p>Bộ máy của nhà trường được tổ chức theo điều lệ trường và quy chế làm việc do Hiệu trưởng ban hành, gồm:</p>
<ul><li>Ban giám hiệu: 01 Hiệu trưởng, 02 Phó Hiệu trưởng</li><li>Tổ Toán – Tin, tổ Ngữ văn, tổ Khoa học tự nhiên, tổ Khoa học xã hội, tổ Ngoại ngữ, tổ Nghệ thuật – Giáo dục thể chất</li><li>Tổ Văn phòng: kế toán, văn thư, thư viện, thiết bị, y tế, bảo vệ</li><li>Chi bộ, Công đoàn, Chi đoàn giáo viên, Liên đội, Ban đại diện cha mẹ học sinh</li></ul>', 30, UTC_TIMESTAMP() - INTERVAL 31 DAY),
(8, 'ban-lanh-dao', 'Ban lãnh đạo', '<h2>Hiệu trưởng: Trần Văn Nam</h2>
<p>Phụ trách chung; tổ chức cán bộ, tài chính, cơ sở vật chất; kiểm định chất lượng; chủ tịch Hội đồng trường; người phát ngôn của nhà trường.</p>
<p>Điện thoại: 0901 391 733 – Thư điện tử: namtv@thanhbinh.edu.vn</p>
<h2>Phó Hiệu trưởng: Nguyễn Thị Diễm</h2>
<p>Phụ trách chuyên môn, thời khóa biểu, kiểm tra đánh giá, bồi dưỡng học sinh giỏi; quản trị sổ điểm điện tử.</p>
<p>Điện thoại: 0988 784 355 – Thư điện tử: diemnt@thanhbinh.edu.vn</p>
<h2>Phó Hiệu trưởng: Lê Công Đức</h2>
<p>Phụ trách cơ sở vật chất, thiết bị, thư viện; giáo dục đạo đức, hoạt động trải nghiệm, công tác Đội; an ninh trường học.</p>
<p>Điện thoại: 0905 572 363 – Thư điện tử: duclc@thanhbinh.edu.vn</p>', 40, UTC_TIMESTAMP() - INTERVAL 32 DAY),
(9, 'lich-su', 'Lịch sử hình thành', '<p>Trường THCS Lê Quý Đôn, xã Phú Thịnh, được thành lập năm 1996. Trong những năm đầu, trường học nhờ các phòng học của trường tiểu học, học sinh phải học ca ba.</p>
<p>Năm 2005, trường được xây dựng khuôn viên riêng tại thôn Phú Thịnh. Với truyền thống hiếu học của vùng quê Phú Thịnh, nhà trường đã có nhiều học sinh đạt giải học sinh giỏi cấp tỉnh, đặc biệt ở các môn Vật lí, Hóa học và cuộc thi khoa học kỹ thuật. Trường đạt chuẩn quốc gia năm 2017.</p>
<p>Năm học 2026–2027, trường có 14 lớp với 512 học sinh. Câu lạc bộ STEM của trường là mô hình điểm của huyện.</p>', 10, UTC_TIMESTAMP() - INTERVAL 30 DAY),
(9, 'chuc-nang-nhiem-vu', 'Chức năng, nhiệm vụ', '<p>Trường là cơ sở giáo dục phổ thông công lập cấp trung học cơ sở, chịu sự quản lý trực tiếp của Phòng Giáo dục và Đào tạo huyện Thanh Bình, hoạt động theo Điều lệ trường trung học cơ sở, trường trung học phổ thông và trường phổ thông có nhiều cấp học.</p>
<h2>Nhiệm vụ chủ yếu</h2>
<ul><li>Xây dựng và tổ chức thực hiện kế hoạch giáo dục của nhà trường theo chương trình giáo dục phổ thông 2018</li><li>Tuyển sinh lớp 6, quản lý học sinh; thực hiện phổ cập giáo dục trung học cơ sở trên địa bàn được giao</li><li>Kiểm tra, đánh giá học sinh theo quy định; xét công nhận tốt nghiệp trung học cơ sở</li><li>Bồi dưỡng học sinh giỏi, phụ đạo học sinh chưa đạt yêu cầu; tư vấn tâm lý, giáo dục hướng nghiệp và phân luồng</li><li>Quản lý đội ngũ, tài chính, tài sản; thực hiện công khai và kiểm định chất lượng giáo dục</li><li>Phối hợp với gia đình, chính quyền địa phương và các tổ chức đoàn thể trong việc giáo dục học sinh</li></ul>', 20, UTC_TIMESTAMP() - INTERVAL 31 DAY),
(9, 'co-cau-to-chuc', 'Cơ cấu tổ chức', '<p>Bộ máy của nhà trường được tổ chức theo điều lệ trường và quy chế làm việc do Hiệu trưởng ban hành, gồm:</p>
<ul><li>Ban giám hiệu: 01 Hiệu trưởng, 01 Phó Hiệu trưởng</li><li>Tổ Khoa học tự nhiên (Toán, Khoa học tự nhiên, Tin học, Công nghệ)</li><li>Tổ Khoa học xã hội (Ngữ văn, Lịch sử và Địa lí, Giáo dục công dân, Tiếng Anh, Nghệ thuật, Giáo dục thể chất)</li><li>Tổ Văn phòng: kế toán, văn thư, thư viện, thiết bị, bảo vệ</li></ul>', 30, UTC_TIMESTAMP() - INTERVAL 32 DAY),
(9, 'ban-lanh-dao', 'Ban lãnh đạo', '<h2>Hiệu trưởng: Phạm Văn Thắng</h2>
<p>Phụ trách chung; tổ chức, tài chính, cơ sở vật chất; công tác phổ cập giáo dục trung học cơ sở tại xã Phú Thịnh.</p>
<p>Điện thoại: 0983 507 400 – Thư điện tử: thangpv@thanhbinh.edu.vn</p>
<h2>Phó Hiệu trưởng: Đỗ Thị Hằng</h2>
<p>Phụ trách chuyên môn, kiểm tra nội bộ, công nghệ thông tin; giáo dục STEM và nghiên cứu khoa học kỹ thuật của học sinh.</p>
<p>Điện thoại: 0901 182 170 – Thư điện tử: hangdt@thanhbinh.edu.vn</p>', 40, UTC_TIMESTAMP() - INTERVAL 33 DAY),
(10, 'lich-su', 'Lịch sử hình thành', '<p>Trường THCS Trần Hưng Đạo, xã Hòa Lạc, được thành lập năm 1999 để đáp ứng nhu cầu học tập của con em các thôn Lạc Thành, Lạc Hòa và Đông Lạc vốn phải đi học xa hơn 10 km.</p>
<p>Trường là đơn vị đầu tiên của huyện tổ chức khu nội trú dân nuôi cho học sinh ở các thôn xa. Năm 2019, trường được công nhận đạt chuẩn quốc gia mức độ 1. Nhiều năm liền, tỷ lệ học sinh lên lớp và tốt nghiệp trung học cơ sở của trường đạt trên 98%.</p>
<p>Năm học 2026–2027, trường có 12 lớp với 418 học sinh, trong đó 46 em ở bán trú tại trường từ thứ Hai đến thứ Sáu.</p>', 10, UTC_TIMESTAMP() - INTERVAL 31 DAY),
(10, 'chuc-nang-nhiem-vu', 'Chức năng, nhiệm vụ', '<p>Trường là cơ sở giáo dục phổ thông công lập cấp trung học cơ sở, chịu sự quản lý trực tiếp của Phòng Giáo dục và Đào tạo huyện Thanh Bình, hoạt động theo Điều lệ trường trung học cơ sở, trường trung học phổ thông và trường phổ thông có nhiều cấp học.</p>
<h2>Nhiệm vụ chủ yếu</h2>
<ul><li>Xây dựng và tổ chức thực hiện kế hoạch giáo dục của nhà trường theo chương trình giáo dục phổ thông 2018</li><li>Tuyển sinh lớp 6, quản lý học sinh; thực hiện phổ cập giáo dục trung học cơ sở trên địa bàn được giao</li><li>Kiểm tra, đánh giá học sinh theo quy định; xét công nhận tốt nghiệp trung học cơ sở</li><li>Bồi dưỡng học sinh giỏi, phụ đạo học sinh chưa đạt yêu cầu; tư vấn tâm lý, giáo dục hướng nghiệp và phân luồng</li><li>Quản lý đội ngũ, tài chính, tài sản; thực hiện công khai và kiểm định chất lượng giáo dục</li><li>Phối hợp với gia đình, chính quyền địa phương và các tổ chức đoàn thể trong việc giáo dục học sinh</li></ul>', 20, UTC_TIMESTAMP() - INTERVAL 32 DAY),
(10, 'co-cau-to-chuc', 'Cơ cấu tổ chức', '<p>Bộ máy của nhà trường được tổ chức theo điều lệ trường và quy chế làm việc do Hiệu trưởng ban hành, gồm:</p>
<ul><li>Ban giám hiệu: 01 Hiệu trưởng, 01 Phó Hiệu trưởng</li><li>Tổ Toán – Khoa học tự nhiên, tổ Ngữ văn – Tiếng Anh, tổ Xã hội – Nghệ thuật</li><li>Tổ Văn phòng: kế toán, văn thư, thư viện – thiết bị, bảo vệ</li><li>Khu bán trú: 01 giáo viên quản lý, 02 nhân viên cấp dưỡng</li></ul>', 30, UTC_TIMESTAMP() - INTERVAL 33 DAY),
(10, 'ban-lanh-dao', 'Ban lãnh đạo', '<h2>Hiệu trưởng: Hồ Văn Khoa</h2>
<p>Phụ trách chung; tổ chức, tài chính, cơ sở vật chất; công tác bán trú cho học sinh ở xa; thi đua – khen thưởng.</p>
<p>Điện thoại: 0978 823 425 – Thư điện tử: khoahv@thanhbinh.edu.vn</p>
<h2>Phó Hiệu trưởng: Ngô Thị Quỳnh</h2>
<p>Phụ trách chuyên môn, bồi dưỡng học sinh giỏi, phụ đạo học sinh chưa đạt; công nghệ thông tin; phòng chống đuối nước.</p>
<p>Điện thoại: 0912 799 905 – Thư điện tử: quynhnt@thanhbinh.edu.vn</p>', 40, UTC_TIMESTAMP() - INTERVAL 34 DAY);
